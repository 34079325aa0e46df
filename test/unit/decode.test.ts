/**
 * Bytes to text: BOMs (UTF-8, UTF-16 LE/BE), invalid UTF-8 (replaced and
 * reported, not fatal), binary files (refused with a clear message while the
 * rest of the corpus is indexed), empty and whitespace-only files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../server/src/engine/ingest/decode.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { provenanceViolations } from '../helpers/provenance.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 + 2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 + 2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

const SAMPLE = 'Caf\u00e9 culture \u2014 \u{1F600} is growing.\r\nA second sentence follows.\n';

const DECODE_CASES: Array<{ name: string; input: Uint8Array; text: string; problems: Array<{ severity: string; pattern: RegExp }> }> = [
  { name: 'plain UTF-8', input: utf8(SAMPLE), text: SAMPLE, problems: [] },
  { name: 'UTF-8 with BOM (BOM not part of the text)', input: bytes([0xef, 0xbb, 0xbf], SAMPLE), text: SAMPLE, problems: [] },
  { name: 'UTF-16 LE with BOM', input: utf16(SAMPLE, 'le'), text: SAMPLE, problems: [] },
  { name: 'UTF-16 BE with BOM', input: utf16(SAMPLE, 'be'), text: SAMPLE, problems: [] },
  {
    name: 'invalid UTF-8 (Latin-1 byte) replaced and reported',
    input: bytes('Caf', [0xe9], ' culture is good.'),
    text: 'Caf\ufffd culture is good.',
    problems: [{ severity: 'warning', pattern: /^notes\.txt: .*not valid UTF-8.*1 invalid/ }],
  },
  {
    name: 'truncated multi-byte sequence at the end',
    input: bytes('Ends badly ', [0xe2, 0x80]),
    text: 'Ends badly \ufffd',
    problems: [{ severity: 'warning', pattern: /notes\.txt.*not valid UTF-8/ }],
  },
  { name: 'empty file', input: new Uint8Array(0), text: '', problems: [] },
];

for (const c of DECODE_CASES) {
  test(`decodeText: ${c.name}`, () => {
    const decoded = decodeText('notes.txt', c.input);
    assert.equal(decoded.text, c.text);
    assert.equal(decoded.problems.length, c.problems.length, JSON.stringify(decoded.problems));
    c.problems.forEach((expected, i) => {
      assert.equal(decoded.problems[i].severity, expected.severity);
      assert.equal(decoded.problems[i].file, 'notes.txt');
      assert.match(decoded.problems[i].message, expected.pattern);
    });
  });
}

test('decodeText: binary (NUL bytes) is refused with a message naming the file', () => {
  const decoded = decodeText('scan.txt', bytes('%PDF-1.7\n', [0, 1, 2, 0, 255], 'stream'));
  assert.equal(decoded.text, undefined);
  assert.equal(decoded.problems.length, 1);
  assert.equal(decoded.problems[0].severity, 'error');
  assert.match(decoded.problems[0].message, /scan\.txt.*binary/);
});

test('corpus: odd encodings are indexed, binary is skipped, the rest still works', async () => {
  const files: Record<string, Uint8Array | string> = {
    '/c/bom8.txt': bytes([0xef, 0xbb, 0xbf], 'Kinship carers need more support from councils.\n'),
    '/c/le16.txt': utf16('Foster placements are scarce in rural counties.\r\n', 'le'),
    '/c/be16.txt': utf16('Residential homes cluster in the north west.\n', 'be'),
    '/c/latin1.txt': bytes('Caf', [0xe9], ' staff reported shortages of social workers.\n'),
    '/c/image.txt': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
    '/c/empty.txt': '',
    '/c/blank.md': '  \n\t\r\n\n',
  };
  const corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/c'] });
  const summary = await corpus.refresh();

  const errors = summary.problems.filter((p) => p.severity === 'error');
  assert.deepEqual(
    errors.map((p) => p.file),
    ['/c/image.txt'],
  );
  assert.match(errors[0].message, /image\.txt.*binary/);
  const warnings = summary.problems.filter((p) => p.severity === 'warning');
  assert.deepEqual(
    warnings.map((p) => p.file),
    ['/c/latin1.txt'],
  );
  assert.match(warnings[0].message, /latin1\.txt.*not valid UTF-8/);

  const expectations: Array<[string, string, string]> = [
    ['bom8', 'kinship carers support', 'Kinship carers need more support from councils.'],
    ['le16', 'foster placements rural', 'Foster placements are scarce in rural counties.'],
    ['be16', 'residential homes north west', 'Residential homes cluster in the north west.'],
    ['latin1', 'shortages of social workers', 'Caf\ufffd staff reported shortages of social workers.'],
  ];
  for (const [sourceId, query, sentence] of expectations) {
    const doc = corpus.document(sourceId);
    assert.ok(doc, `${sourceId} should be a document`);
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      [sentence],
    );
    assert.deepEqual(provenanceViolations(doc.file, doc.text, doc.sentences), []);
    assert.equal(corpus.search(query, 1)[0]?.sourceId, sourceId, `query "${query}"`);
  }
  assert.equal(corpus.document('image'), undefined, 'a binary file is not a document');
  for (const id of ['empty', 'blank']) assert.equal(corpus.document(id)?.sentences.length ?? 0, 0, `${id} has no sentences`);
  assert.equal(summary.passages, 4);
});
