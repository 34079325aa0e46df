/**
 * Completion through the protocol, from the real server on a workspace made
 * from the sample corpus (plus a paged source). ‸ marks the cursor in each
 * draft. Key items: fuzzy-matched keys with title, author and year, each
 * replacing exactly the typed key. Quote items: the inserted text holds the
 * passage verbatim, and the passage is what the source file says at the
 * item's range; inline vs blockquote per trigger and setting; the typed
 * trigger is replaced; applying an item leaves a quotation the checker
 * verifies as exact. Places that offer nothing answer nothing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession } from '../helpers/lspClient.js';
import {
  applyLspEdits,
  makeWorkspace,
  PAGED_SOURCE,
  positionAt,
  readRange,
  type LspRange,
  type TestWorkspace,
} from '../helpers/lspWorkspace.js';
import { stripCursor } from '../helpers/markers.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-completion-'));

interface Item {
  label: string;
  detail?: string;
  documentation?: { kind: string; value: string };
  textEdit?: { range: LspRange; newText: string };
  filterText?: string;
  data?: { sourceId: string; uri: string; range: LspRange; page?: number };
}
interface List {
  isIncomplete: boolean;
  items: Item[];
}

let ws: TestWorkspace;
let session: LspSession;
let version = 0;

before(async () => {
  ws = makeWorkspace({ sources: { 'kinship-pilot.txt': PAGED_SOURCE } });
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  await session.waitForStatus((s) => s.state === 'ready', 0);
});
after(() => session.close());

type Trigger = { triggerKind: 1 } | { triggerKind: 2; triggerCharacter: string };
const INVOKED: Trigger = { triggerKind: 1 };
const typed = (c: string): Trigger => ({ triggerKind: 2, triggerCharacter: c });

/** Opens `marked` (‸ = cursor) as a new draft and asks for completion there. */
async function complete(marked: string, trigger: Trigger): Promise<{ text: string; uri: string; cursor: number; list: List | null }> {
  const { text, cursor } = stripCursor(marked);
  const uri = ws.uri(`draft-${++version}.md`);
  session.open(uri, text);
  const list = (await session.connection.sendRequest('textDocument/completion', {
    textDocument: { uri },
    position: positionAt(text, cursor),
    context: trigger,
  })) as List | null;
  return { text, uri, cursor, list };
}

const KEY_CASES: Array<{ name: string; marked: string; trigger: Trigger; first: string; typed: string; title: RegExp; byline: RegExp }> = [
  {
    name: 'after [@ with a typo-ish fragment',
    marked: 'Private providers grew [@inov‸].',
    trigger: typed('@'),
    first: 'tact-innovation',
    typed: 'inov',
    title: /Innovation in children/,
    byline: /Andy Elvin, 2015/,
  },
  {
    name: 'by title words',
    marked: 'Councils lack skills [@caution‸].',
    trigger: INVOKED,
    first: 'basw-outsourcing-caution',
    typed: 'caution',
    title: /BASW\u2019s caution/,
    byline: /2012/,
  },
  {
    name: 'in-text @ by author',
    marked: 'As @Holmes‸ showed, outcomes matter.',
    trigger: INVOKED,
    first: 'rees-outcomes-framework',
    typed: 'Holmes',
    title: /outcomes framework/,
    byline: /Lisa Holmes, 2019/,
  },
  {
    name: 'right after [@ lists every source',
    marked: 'Care costs rose [@‸]',
    trigger: typed('@'),
    first: 'basw-outsourcing-caution',
    typed: '',
    title: /BASW/,
    byline: /2012/,
  },
];

for (const c of KEY_CASES) {
  test(`citation keys: ${c.name}`, async () => {
    const { text, cursor, list } = await complete(c.marked, c.trigger);
    assert.ok(list && list.items.length > 0, 'key items');
    assert.equal(list.isIncomplete, true, 'asked again as the user types');
    const first = list.items[0];
    assert.equal(first.label, c.first);
    assert.match(first.detail ?? '', c.title);
    assert.match(first.detail ?? '', c.byline);
    assert.match(first.documentation?.value ?? '', /file:\/\/.*#L1\)/);
    if (c.typed === '') assert.equal(list.items.length, 6, 'all six sources');
    for (const item of list.items) {
      // Replaces exactly what was typed of the key.
      const edit = item.textEdit!;
      assert.deepEqual(edit.range, { start: positionAt(text, cursor - c.typed.length), end: positionAt(text, cursor) });
      assert.equal(edit.newText, item.label);
    }
  });
}

const QUOTE_CASES: Array<{
  name: string;
  marked: string;
  trigger: Trigger;
  settings?: Record<string, unknown>;
  source: string;
  words: string;
  form: 'inline' | 'blockquote';
  /** What the first item's edit replaces. */
  replaced: string;
  page?: number;
}> = [
  {
    name: 'after typing an opening quote mark',
    marked: 'BASW warned that local authorities have a limited understanding of their most important services "‸',
    trigger: typed('"'),
    source: 'basw-outsourcing-caution',
    words: 'limited understanding of some of their most important services',
    form: 'inline',
    replaced: '"',
  },
  {
    name: 'after an auto-closed pair of quote marks',
    marked: 'There is a severe shortage of placements for children in care, the research found: "‸"',
    trigger: typed('"'),
    source: 'ncercc-outsourcing-key-sentences',
    words: 'severe shortage of appropriate and available',
    form: 'inline',
    replaced: '""',
  },
  {
    name: 'after "> " below a paragraph',
    marked: 'Caution is needed in regulating the sector, as for-profit provision cannot be replaced without coordination.\n\n> ‸',
    trigger: typed(' '),
    source: 'ncercc-outsourcing-key-sentences',
    words: 'caution is needed in terms of regulating the sector',
    form: 'blockquote',
    replaced: '> ',
  },
  {
    name: 'Ctrl+Space at the end of a sentence, inline by default',
    marked: 'Venture capitalists and private investors are taking millions a year out of children\u2019s social care budgets.‸',
    trigger: INVOKED,
    source: 'tact-innovation',
    words: 'Venture capitalists',
    form: 'inline',
    replaced: '',
  },
  {
    name: 'Ctrl+Space with the blockquote setting, on the line after a paragraph',
    marked: 'Venture capitalists and private investors are taking millions a year out of children\u2019s social care budgets.\n\n‸',
    trigger: INVOKED,
    settings: { 'sourced.quotes.insertStyle': 'blockquote' },
    source: 'tact-innovation',
    words: 'Venture capitalists',
    form: 'blockquote',
    replaced: '',
  },
  {
    name: 'a passage with a page cites the page',
    marked: 'Respite breaks were offered to forty kinship families in the pilot year "‸',
    trigger: typed('"'),
    source: 'kinship-pilot',
    words: 'Respite breaks were offered to 40 kinship families',
    form: 'inline',
    replaced: '"',
    page: 2,
  },
];

for (const c of QUOTE_CASES) {
  test(`quotes: ${c.name}`, async () => {
    // The server handles messages in order and forgets cached settings as it
    // reads the change, so the completion request below sees the new style.
    if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'], ...c.settings });
    try {
      const { text, uri, cursor, list } = await complete(c.marked, c.trigger);
      assert.ok(list && list.items.length > 0, 'quote items');
      const item = list.items.find((i) => i.data?.sourceId === c.source && i.textEdit!.newText.includes(c.words));
      assert.ok(item, `no quote from @${c.source} with "${c.words}": ${JSON.stringify(list.items.map((i) => i.textEdit?.newText))}`);
      for (const it of list.items) {
        // Verbatim: the passage is the file's text at the item's range, and the edit inserts it whole.
        const passage = readRange(it.data!.uri, it.data!.range);
        assert.ok(it.textEdit!.newText.includes(passage), `"${it.textEdit!.newText}" should contain the source's "${passage}"`);
        assert.equal(text.slice(textOffset(text, it.textEdit!.range.start), textOffset(text, it.textEdit!.range.end)), c.replaced);
        assert.ok(it.filterText?.startsWith(c.replaced), 'filters on what the edit replaces');
      }
      const passage = readRange(item.data!.uri, item.data!.range);
      const cite = `[@${c.source}${c.page !== undefined ? `, p. ${c.page}` : ''}]`;
      assert.equal(item.data!.page, c.page);
      if (c.form === 'inline')
        assert.match(item.textEdit!.newText, new RegExp(`^ ?["\u201c]${escape(passage)}["\u201d] ${escape(cite)} ?$`));
      else assert.match(item.textEdit!.newText, new RegExp(`^> ${escape(passage)}\\n>\\n> ${escape(cite)}\\n?$`));
      // Taking the quote gives a draft whose quotation the checker verifies.
      const taken = applyLspEdits(text, [item.textEdit!]);
      assert.ok(cursor >= 0);
      session.change(uri, taken, 2);
      const found = await session.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'indexing'));
      const bad = found.filter((d) => d.code === 'misquote' || d.code === 'quote-not-found' || d.code === 'unknown-source');
      assert.deepEqual(bad, [], `after taking the quote:\n${taken}`);
    } finally {
      if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'] });
    }
  });
}

const NOTHING: Array<{ name: string; marked: string; trigger: Trigger }> = [
  { name: 'a space in prose', marked: 'Rates rose sharply ‸', trigger: typed(' ') },
  { name: 'a closing quote mark', marked: 'He said "rates rose sharply in the county"‸ today.', trigger: typed('"') },
  { name: 'an e-mail address', marked: 'Write to policy@‸', trigger: typed('@') },
  { name: 'a code block', marked: '```\nx = "‸\n```\n', trigger: typed('"') },
  { name: 'a heading', marked: '# Commissioning placements in the county ‸', trigger: INVOKED },
];

for (const c of NOTHING) {
  test(`no completion in ${c.name}`, async () => {
    const { list } = await complete(c.marked, c.trigger);
    assert.ok(list === null || list.items.length === 0, JSON.stringify(list));
  });
}

function textOffset(text: string, p: { line: number; character: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
