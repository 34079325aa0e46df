/**
 * Code actions through the protocol: for each diagnostic code, the quick
 * fixes offered, their edits applied to the draft (the resulting line is
 * checked) and the server re-checking the edited draft (the finding is
 * gone). The same fixes when a client drops the diagnostic's `data`; the
 * blockquote style of "Insert supporting quote"; and the "Insert references
 * section" source action, applied twice (the second run replaces the first).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession, type PublishedDiagnostic } from '../helpers/lspClient.js';
import { applyLspEdits, makeWorkspace, type LspRange, type TestWorkspace } from '../helpers/lspWorkspace.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-actions-'));

const DRAFT = [
  '# Placements',
  '',
  'Members are asked to note this briefing.',
  '',
  'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.',
  '',
  'BASW warned that "local authorities tend to demonstrate a limited understanding of some of their most important services" [@basw-outsourcing-caution].',
  '',
  'Residential and foster care have been provided by private profit-making companies for years [@tact-inovation].',
  '',
  'Venture capitalists are taking millions a year out of shrinking children\u2019s social care budgets [@ccn-future-of-childrens-social-care].',
  '',
].join('\n');

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, Array<{ range: LspRange; newText: string }>> };
}

let ws: TestWorkspace;
let session: LspSession;
let version = 0;

before(async () => {
  ws = makeWorkspace();
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  await session.waitForStatus((s) => s.state === 'ready', 0);
});
after(() => session.close());

async function openDraft(text = DRAFT): Promise<{ uri: string; diagnostics: PublishedDiagnostic[] }> {
  const uri = ws.uri(`actions-${++version}.md`);
  session.open(uri, text);
  const diagnostics = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'misquote' || x.code === 'unsupported-claim'));
  return { uri, diagnostics };
}

async function actionsFor(uri: string, range: LspRange, diagnostics: unknown[], only?: string[]): Promise<CodeAction[]> {
  return (await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  })) as CodeAction[];
}

function apply(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `${action.title} has edits for the draft`);
  return applyLspEdits(text, edits);
}

const FIXES: Array<{ name: string; code: string; title: RegExp; preferred?: boolean; result: RegExp; settings?: Record<string, unknown> }> =
  [
    {
      name: 'cite the source of the evidence, before the full stop',
      code: 'unsupported-claim',
      title: /^Cite 2 Key Sentences from Research re Outsourcing and Children\u2019s\u2026 \(@ncercc-outsourcing-key-sentences\)$/,
      preferred: true,
      result: /^There is a severe shortage .* harms the placement process \[@ncercc-outsourcing-key-sentences\]\.$/m,
    },
    {
      name: 'insert the supporting quote inline, verbatim, with its citation',
      code: 'unsupported-claim',
      title: /^Insert supporting quote from .*\(@ncercc-outsourcing-key-sentences\)$/,
      result: new RegExp(
        [
          String.raw`^There is a severe shortage .* harms the placement process: "The severe shortage of appropriate and available `,
          String.raw`children\u2019s social care placements is detrimental to the placement process for children in care\." `,
          String.raw`\[@ncercc-outsourcing-key-sentences\]$`,
        ].join(''),
        'm',
      ),
    },
    {
      name: 'insert the supporting quote as a blockquote after the paragraph',
      code: 'unsupported-claim',
      title: /^Insert supporting quote from .*\(@ncercc-outsourcing-key-sentences\)$/,
      settings: { 'sourced.quotes.insertStyle': 'blockquote' },
      result: new RegExp(
        [
          String.raw`harms the placement process \[@ncercc-outsourcing-key-sentences\]\.\n\n> The severe shortage of appropriate and available `,
          String.raw`children\u2019s social care placements is detrimental to the placement process for children in care\.\n>\n> `,
          String.raw`\[@ncercc-outsourcing-key-sentences\]\n\nBASW warned`,
        ].join(''),
      ),
    },
    {
      name: 'mark the paragraph as not a claim',
      code: 'unsupported-claim',
      title: /^Mark as not a claim$/,
      result: /\n\n<!-- sourced-ignore -->\nThere is a severe shortage/,
    },
    {
      name: "replace a misquotation with the source's wording",
      code: 'misquote',
      title: /^Replace with the source's wording/,
      preferred: true,
      result: new RegExp(
        [
          String.raw`^BASW warned that "Local authorities tend to demonstrate a very limited understanding of some of their most `,
          String.raw`important services" \[@basw-outsourcing-caution\]\.$`,
        ].join(''),
        'm',
      ),
    },
    {
      name: 'change an unknown key to the closest one',
      code: 'unknown-source',
      title: /^Change to @tact-innovation$/,
      preferred: true,
      result: /for years \[@tact-innovation\]\.$/m,
    },
  ];

for (const c of FIXES) {
  test(`quick fix: ${c.name}`, async () => {
    if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'], ...c.settings });
    try {
      const { uri, diagnostics } = await openDraft();
      const diagnostic = diagnostics.find((d) => d.code === c.code);
      assert.ok(diagnostic, `a ${c.code} diagnostic: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      const actions = await actionsFor(uri, diagnostic.range, [diagnostic]);
      const action = actions.find((a) => c.title.test(a.title));
      assert.ok(action, `no action matching ${c.title}: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(action.kind, 'quickfix');
      if (c.preferred) assert.equal(action.isPreferred, true);
      const fixed = apply(DRAFT, uri, action);
      assert.match(fixed, c.result);
      // The server agrees: the finding is gone once the fix is in.
      session.change(uri, fixed, 2);
      const after = await session.waitForDiagnostics(
        uri,
        (d) => !d.some((x) => x.code === c.code && x.range.start.line === diagnostic.range.start.line && x.message === diagnostic.message),
      );
      const quoteProblems = after.filter(
        (d) => (d.code === 'misquote' || d.code === 'quote-not-found') && d.range.start.line === diagnostic.range.start.line,
      );
      assert.deepEqual(quoteProblems, [], 'an inserted or corrected quotation is verbatim');
    } finally {
      if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'] });
    }
  });
}

test("quick fixes do not need the diagnostic's data: the published findings stand in", async () => {
  const { uri, diagnostics } = await openDraft();
  for (const code of ['unsupported-claim', 'misquote', 'unknown-source']) {
    const d = diagnostics.find((x) => x.code === code)!;
    const withData = (await actionsFor(uri, d.range, [d])).map((a) => a.title);
    const { data: _dropped, ...stripped } = d;
    const without = (await actionsFor(uri, d.range, [stripped])).map((a) => a.title);
    assert.ok(withData.length > 0, code);
    assert.deepEqual(without, withData, code);
  }
});

test('no quick fixes for diagnostics of other tools', async () => {
  const { uri, diagnostics } = await openDraft();
  const d = diagnostics.find((x) => x.code === 'unsupported-claim')!;
  const actions = await actionsFor(uri, d.range, [{ ...d, source: 'markdownlint' }], ['quickfix']);
  assert.deepEqual(actions, []);
});

test('"Insert references section" lists the cited sources at the end, and replaces its own section when run again', async () => {
  const { uri } = await openDraft();
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const [action, ...more] = await actionsFor(uri, whole, [], ['source.sourced.insertReferences']);
  assert.equal(more.length, 0);
  assert.equal(action?.title, 'Insert references section');
  assert.equal(action.kind, 'source.sourced.insertReferences');
  const once = apply(DRAFT, uri, action);
  const section = once.slice(DRAFT.length);
  assert.match(section, /^\n## References\n\n<!-- sourced-references -->\n<!-- sourced-disable -->\n\n/);
  const items = section.split('\n').filter((l) => l.startsWith('- '));
  // Cited and in the corpus: basw and ccn (tact-inovation is unknown), by author, in Harvard (Cite Them Right).
  assert.deepEqual(items, [
    '- British Association of Social Workers (BASW) (2012) \u2018BASW\u2019s caution about increase ' +
      'in service outsourcing\u2019. British Association of Social Workers. Available at: ' +
      '<https://basw.co.uk/articles/basws-caution-about-increase-service-outsourcing>. ' +
      '`@basw-outsourcing-caution`',
    '- County Councils Network (2021) *The Future of Children\u2019s Social Care*. County Councils ' +
      'Network, Association of County Chief Executives and Newton. Available at: <https://www.futurecsc.com/>. ' +
      '`@ccn-future-of-childrens-social-care`',
  ]);
  session.change(uri, once, 2);
  await session.waitForDiagnostics(uri, (d) => d.length > 0);
  const [again] = await actionsFor(uri, whole, [], ['source']);
  const twice = apply(once, uri, again);
  assert.equal(twice, once, 'the second run replaces the first, and nothing changed');
  // Quick-fix-only requests do not get the source action.
  assert.ok(!(await actionsFor(uri, whole, [], ['quickfix'])).some((a) => a.kind === 'source.sourced.insertReferences'));
});

test('a client that resolves code actions gets the references action without its edit (unless it names the kind), then the same edit on resolve', async () => {
  const lazy = await startServer(
    ws.dir,
    { 'sourced.corpus.folders': ['corpus'] },
    { textDocumentCapabilities: { codeAction: { resolveSupport: { properties: ['edit'] }, dataSupport: true } } },
  );
  try {
    await lazy.waitForStatus((s) => s.state === 'ready', 0);
    const uri = ws.uri('lazy.md');
    lazy.open(uri, DRAFT);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [offered] = (await lazy.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
    assert.equal(offered.title, 'Insert references section');
    assert.equal(offered.edit, undefined, 'no edit until resolved');
    const resolved = (await lazy.connection.sendRequest('codeAction/resolve', offered)) as CodeAction;
    const eager = (await actionsFor((await openDraft()).uri, whole, [], ['source']))[0];
    assert.equal(apply(DRAFT, uri, resolved), applyLspEdits(DRAFT, Object.values(eager.edit!.changes!)[0]));
    // Asked for by its own kind (as the "Insert references section" command does), it comes with its edit.
    const [named] = (await lazy.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: ['source.sourced.insertReferences'] },
    })) as CodeAction[];
    assert.equal(apply(DRAFT, uri, named), apply(DRAFT, uri, resolved));
    // A draft without anything like a citation is not offered the action.
    const plain = ws.uri('plain.md');
    lazy.open(plain, 'No sources here.\n');
    assert.deepEqual(
      await lazy.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: plain },
        range: whole,
        context: { diagnostics: [], only: ['source'] },
      }),
      [],
    );
  } finally {
    await lazy.close();
  }
});
