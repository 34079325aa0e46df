/**
 * Hover through the protocol. ‸ marks where the mouse is. On a citation:
 * the source card with its metadata, a `file:` link to the line of the
 * cited passage (the page's first passage for `p. N`) and how often the
 * draft cites the source. On a quotation: exact or misquoted, file, line,
 * page, and the passage with context, quoted words bold. On a flagged
 * claim: its evidence. A hostile source (a command link and an <img> in its
 * text, HTML and a command URL in its metadata) renders as escaped text.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession } from '../helpers/lspClient.js';
import { HOSTILE_ENTRY, HOSTILE_SOURCE, makeWorkspace, PAGED_SOURCE, positionAt, type TestWorkspace } from '../helpers/lspWorkspace.js';
import { stripCursor } from '../helpers/markers.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-hover-'));

interface Hover {
  contents: { kind: string; value: string };
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

let ws: TestWorkspace;
let session: LspSession;
let version = 0;

before(async () => {
  ws = makeWorkspace({
    sources: { 'kinship-pilot.txt': PAGED_SOURCE, 'guardianship-review.txt': HOSTILE_SOURCE },
    entries: [HOSTILE_ENTRY],
  });
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  await session.waitForStatus((s) => s.state === 'ready', 0);
});
after(() => session.close());

async function hover(marked: string): Promise<Hover | null> {
  const { text, cursor } = stripCursor(marked);
  const uri = ws.uri(`hover-${++version}.md`);
  session.open(uri, text);
  // Claims show evidence once the check is published, as their squiggles do.
  await session.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'indexing'));
  return (await session.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: positionAt(text, cursor),
  })) as Hover | null;
}

/** 1-based line of the first line of `file` in the corpus containing `words`. */
function lineOf(file: string, words: string): number {
  return (
    readFileSync(join(ws.corpusDir, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(words)) + 1
  );
}

const CARDS: Array<{ name: string; marked: string; expect: Array<RegExp | (() => RegExp)> }> = [
  {
    name: 'a citation: the source card, linked to the passage that matches the sentence',
    marked:
      'In many councils social workers are cowed by managers and councillors [@basw-out‸sourcing-caution]. BASW also said so [@basw-outsourcing-caution].',
    expect: [
      /^\*\*BASW\u2019s caution about increase in service outsourcing\*\*/,
      /British Association of Social Workers \\\(BASW\\\)/,
      /2012\\-09/,
      new RegExp(
        [
          String.raw`\[https\\:\/\/basw\.co\.uk\/articles\/basws\\-caution\\-about\\-increase\\-service\\-outsourcing\]\(https:\/\/basw\.co\.uk\/`,
          String.raw`articles\/basws-caution-about-increase-service-outsourcing\)`,
        ].join(''),
      ),
      () =>
        new RegExp(
          `\\(file://[^)]*/corpus/basw-outsourcing-caution\\.txt#L${lineOf('basw-outsourcing-caution.txt', 'cowed by managers')}\\)`,
        ),
      /Cited 2 times in this draft/,
      /> .*cowed by managers/,
    ],
  },
  {
    name: 'a citation with a page: the first passage on that page',
    marked: 'Respite was offered to families [@kinship-pilot, p.‸ 2].',
    expect: [
      () =>
        new RegExp(
          `kinship\\\\-pilot\\.txt, line ${lineOf('kinship-pilot.txt', 'Second page')}\\]` +
            `\\(file://[^)]*#L${lineOf('kinship-pilot.txt', 'Second page')}\\), p\\. 2`,
        ),
      /Cited once in this draft/,
      /> Second page\\: respite for kinship carers\./,
    ],
  },
  {
    name: 'an exact quotation: location and context, the quoted words bold',
    marked:
      'The research found "the severe shortage of appropriate and available children\u2019s ‸social care placements" [@ncercc-outsourcing-key-sentences].',
    expect: [
      /^\*\*Quoted exactly\*\* from \*2 Key Sentences/,
      () =>
        new RegExp(
          `ncercc\\\\-outsourcing\\\\-key\\\\-sentences\\.txt, line ${lineOf('ncercc-outsourcing-key-sentences.txt', 'severe shortage')}\\]\\(file://`,
        ),
      /\*\*The severe shortage of appropriate and available children\u2019s social care placements\*\* is detrimental/,
      // One sentence of context either side.
      /> There are two key sentences that need to be amplified/,
      /for children in care\. Designing commissioning practices/,
    ],
  },
  {
    name: "a misquotation: what differs, and the source's words",
    marked:
      'BASW warned that "local authorities tend to demonstrate a ‸limited understanding of some of their most ' +
      'important services" [@basw-outsourcing-caution].',
    expect: [
      /^\*\*Misquoted\*\*/,
      /leaves out "very"/,
      /\*\*Local authorities tend to demonstrate a very limited understanding of some of their most important services\*\*/,
      /basw\\-outsourcing\\-caution\.txt, line \d+/,
    ],
  },
  {
    name: 'a quotation from a paged source gives the page',
    marked: 'The pilot noted that "respite breaks were offered to 40 ‸kinship families" [@kinship-pilot].',
    expect: [/^\*\*Quoted exactly\*\*/, /, p\. 2/],
  },
  {
    name: 'a flagged claim: the verdict and source first, the passage once, the finding, the quick fix',
    marked:
      'There is a severe shortage of appropriate and available ‸placements for children in care, and this harms the placement process.',
    expect: [
      /^\*\*Evidence\*\* \u00b7 (Supported|Partly supported) by \*2 Key Sentences[^\n]*\\@ncercc\\-outsourcing\\-key\\-sentences/,
      /\n\n> The severe shortage of appropriate and available children\u2019s social care placements is detrimental/,
      /cites no source/,
      /Quick fix \(Ctrl\+\.\): Cite \\@ncercc\\-outsourcing\\-key\\-sentences/,
      // The passage once: not again in the message above it.
      /^(?![\s\S]*severe shortage of appropriate[\s\S]*severe shortage of appropriate)/,
    ],
  },
  {
    name: 'an unknown key: what the checker suggests',
    marked: 'Private companies have provided care for years [@tact-inov‸ation].',
    expect: [/\\@tact\\-inovation is not a source in the corpus/],
  },
];

for (const c of CARDS) {
  test(`hover on ${c.name}`, async () => {
    const got = await hover(c.marked);
    assert.ok(got, 'a hover');
    assert.equal(got.contents.kind, 'markdown');
    for (const e of c.expect) {
      const re = typeof e === 'function' ? e() : e;
      assert.match(got.contents.value, re);
    }
  });
}

test('hover on a citation of a hostile source renders its text and metadata as escaped text', async () => {
  const got = await hover('Panels should review special guardianship orders every year [@guardianship-‸review].');
  assert.ok(got);
  const md = got.contents.value;
  assert.doesNotMatch(md, /\]\(command:/, 'no command link');
  assert.doesNotMatch(md, /command:/, 'no command: scheme at all');
  assert.doesNotMatch(md, /<img|<b>/i, 'no HTML');
  assert.match(md, /\\\[click\\\]\\\(command\\:workbench\.action\.terminal\.new\\\)/, "the passage's link, escaped");
  assert.match(md, /&lt;img src=x onerror=alert\\\(1\\\)&gt;/, "the passage's <img>, escaped");
  assert.doesNotMatch(md, /<script/i, 'no HTML in the title');
  assert.match(md, /\*\*Guardianship review &lt;script&gt;x&lt;\/script&gt; \\\[open\\\]\\\(command\\:workbench/, 'the title, escaped');
  assert.match(md, /Panel \\\*of\\\* experts/, 'the author, escaped');
  // The only links are the file link the server builds.
  const links = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(links.length > 0 && links.every((l) => l.startsWith('file://')), JSON.stringify(links));
});

test('hover on a quotation of a hostile passage marks it without unescaping it', async () => {
  const got = await hover(
    'The panel said "should [click](command:workbench.action.terminal.new) review ‸' +
      '<img src=x onerror=alert(1)> special guardianship orders" [@guardianship-review].',
  );
  assert.ok(got);
  assert.doesNotMatch(got.contents.value, /\]\(command:|command:|<img/);
  assert.match(got.contents.value, /\*\*/);
});

test('hover on plain prose and on headings shows nothing', async () => {
  assert.equal(await hover('# Commissioning ‸placements\n'), null);
  assert.equal(await hover('We recommend that the council ‸reviews its strategy.\n'), null);
});
