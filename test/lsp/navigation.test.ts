/**
 * Go to definition and find references through the protocol. ‸ marks the
 * cursor. Definition lands on the exact passage: the range's text in the
 * source file is the passage's text (for `p. N`, the first passage on that
 * page; otherwise the cited source's best match for the sentence; for a
 * quotation, the quoted span). References of a source are its citations in
 * open drafts and in the workspace's Markdown files on disk, but not in the
 * corpus folder, hidden folders or node_modules; edits on disk are seen.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession } from '../helpers/lspClient.js';
import { makeWorkspace, PAGED_SOURCE, positionAt, readRange, type LspRange, type TestWorkspace } from '../helpers/lspWorkspace.js';
import { stripCursor } from '../helpers/markers.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-nav-'));

interface Location {
  uri: string;
  range: LspRange;
}

const DISK_DRAFT = [
  'Councils misunderstand social work [@basw-outsourcing-caution].',
  '',
  'Respite was offered.[^r] As @basw-outsourcing-caution says, councils are unaccountable.',
  '',
  '[^r]: See [@kinship-pilot, p. 2] and [@basw-outsourcing-caution].',
  '',
  'Private firms provide care [@tact-inovation].',
  '',
].join('\n');

let ws: TestWorkspace;
let session: LspSession;
let engine: Corpus;
let version = 0;

before(async () => {
  ws = makeWorkspace({
    sources: { 'kinship-pilot.txt': PAGED_SOURCE, 'notes.md': 'A source that cites [@basw-outsourcing-caution] is not a draft.\n' },
    drafts: {
      'notes/disk.md': DISK_DRAFT,
      '.hidden/x.md': 'Hidden [@basw-outsourcing-caution].\n',
      'node_modules/pkg/README.md': 'Vendored [@basw-outsourcing-caution].\n',
    },
  });
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  engine = new Corpus(nodeWorkspaceReader, { roots: [ws.corpusDir] });
  await Promise.all([session.waitForStatus((s) => s.state === 'ready', 0), engine.refresh()]);
});
after(() => session.close());

async function open(
  marked: string,
  name = `nav-${++version}.md`,
): Promise<{ uri: string; position: { line: number; character: number }; text: string }> {
  const { text, cursor } = stripCursor(marked);
  const uri = ws.uri(name);
  session.open(uri, text);
  return { uri, position: positionAt(text, cursor), text };
}

/** Closed drafts that are not on disk no longer count as drafts. */
function closeDocument(uri: string): void {
  session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** The engine's passage of `sourceId` containing `words`. */
function passage(sourceId: string, words: string): string {
  const s = engine.document(sourceId)!.sentences.find((x) => x.text.includes(words));
  assert.ok(s, `no passage of ${sourceId} with "${words}"`);
  return s.text;
}

const DEFINITIONS: Array<{
  name: string;
  marked: string;
  file?: string;
  passage?: () => string;
  quoted?: string;
  documentStart?: boolean;
}> = [
  {
    name: 'a citation with a page: the first passage on that page',
    marked: 'Respite was offered to families [@kinship-‸pilot, p. 2].',
    file: 'kinship-pilot.txt',
    passage: () => passage('kinship-pilot', 'Second page'),
  },
  {
    name: "a citation: the cited source's passage that best matches the sentence",
    marked: 'Social workers are cowed by managers and councillors [@basw-outsourcing-caution‸].',
    file: 'basw-outsourcing-caution.txt',
    passage: () => passage('basw-outsourcing-caution', 'cowed by managers'),
  },
  {
    name: 'an in-text citation',
    marked: 'As @tact-‸innovation argues, venture capitalists take millions out of care budgets.',
    file: 'tact-innovation.txt',
    passage: () => passage('tact-innovation', 'Venture capitalists'),
  },
  {
    name: 'a citation nothing in the source matches: its start',
    marked: 'Zebras quantum xylophones [@rees-outcomes-‸framework].',
    file: 'rees-outcomes-framework.txt',
    documentStart: true,
  },
  {
    name: 'a quotation: the quoted span',
    marked:
      'The research found "the severe shortage of ‸appropriate and available children\u2019s social care placements" [@ncercc-outsourcing-key-sentences].',
    file: 'ncercc-outsourcing-key-sentences.txt',
    quoted: 'the severe shortage of appropriate and available children\u2019s social care placements',
  },
  {
    name: "a misquotation: the source's span it nearly matches",
    marked: 'BASW said "local authorities tend to demonstrate a ‸limited understanding of some of their most important services".',
    file: 'basw-outsourcing-caution.txt',
    quoted: 'Local authorities tend to demonstrate a very limited understanding of some of their most important services',
  },
];

for (const c of DEFINITIONS) {
  test(`definition from ${c.name}`, async () => {
    const { uri, position } = await open(c.marked);
    const got = (await session.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position })) as Location | null;
    assert.ok(got, 'a location');
    assert.ok(got.uri.endsWith(`/corpus/${c.file}`), got.uri);
    if (c.documentStart) assert.deepEqual(got.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    if (c.passage) assert.equal(readRange(got.uri, got.range), c.passage());
    if (c.quoted) assert.equal(readRange(got.uri, got.range).toLowerCase(), c.quoted.toLowerCase());
    closeDocument(uri);
  });
}

for (const marked of ['Unknown [@no-‸such-key].', 'Plain ‸prose without sources.', '# A ‸heading']) {
  test(`no definition for ${JSON.stringify(marked)}`, async () => {
    const { uri, position } = await open(marked);
    assert.equal(await session.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position }), null);
    closeDocument(uri);
  });
}

async function references(uri: string, position: { line: number; character: number }, includeDeclaration = false): Promise<Location[]> {
  return (await session.connection.sendRequest('textDocument/references', {
    textDocument: { uri },
    position,
    context: { includeDeclaration },
  })) as Location[];
}

/** "file:line" for each location, relative to the workspace, sorted. */
function where(locations: Location[]): string[] {
  return locations.map((l) => `${decodeURIComponent(l.uri).slice(`file://${ws.dir}/`.length)}:${l.range.start.line}`).sort();
}

test('references of a source: open drafts and drafts on disk, not sources, hidden folders or node_modules', async () => {
  const { uri, position, text } = await open(
    'Councils are unaccountable [@basw-‸outsourcing-caution].\n\nThey misunderstand social work [@basw-outsourcing-caution; @tact-innovation].\n',
    'refs-open.md',
  );
  const found = await references(uri, position);
  assert.deepEqual(where(found), ['notes/disk.md:0', 'notes/disk.md:2', 'notes/disk.md:4', 'refs-open.md:0', 'refs-open.md:2']);
  for (const l of found) {
    // The open draft is not on disk: read it from what the editor holds.
    const key =
      l.uri === uri
        ? text.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character)
        : readRange(l.uri, l.range);
    assert.equal(key, 'basw-outsourcing-caution', 'each range is the key');
  }
  const withDeclaration = await references(uri, position, true);
  assert.ok(withDeclaration[0].uri.endsWith('/corpus/basw-outsourcing-caution.txt'));
  assert.equal(withDeclaration.length, found.length + 1);
});

test('references follow drafts edited on disk and in the editor', async () => {
  const { uri, position, text } = await open('Pages matter [@kinship-‸pilot].\n', 'refs-kinship.md');
  assert.deepEqual(where(await references(uri, position)), ['notes/disk.md:4', 'refs-kinship.md:0']);
  writeFileSync(ws.path('notes/disk.md'), `${DISK_DRAFT}Again [@kinship-pilot].\n`);
  session.change(uri, `${text}\nAnd again [@kinship-pilot, p. 3].\n`, 2);
  assert.deepEqual(where(await references(uri, position)), [
    'notes/disk.md:4',
    'notes/disk.md:7',
    'refs-kinship.md:0',
    'refs-kinship.md:2',
  ]);
  writeFileSync(ws.path('notes/disk.md'), DISK_DRAFT);
});

test('references of an unknown key: the same misspelling elsewhere', async () => {
  const { uri, position } = await open('Firms provide care [@tact-inov‸ation].\n', 'refs-unknown.md');
  assert.deepEqual(where(await references(uri, position)), ['notes/disk.md:6', 'refs-unknown.md:0']);
});

test('no references away from a citation', async () => {
  const { uri, position } = await open('Plain ‸prose.\n');
  assert.equal(
    await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: false },
    }),
    null,
  );
});
