/**
 * Settings through the protocol, changed while the server runs (no
 * restart): per-code severity and "off", the cap per file, claim
 * sensitivity, bad values (a warning in the log, the default used), and
 * corpus folders (re-indexed only when they change). Settings are read per
 * document, with the document as the configuration scope.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import { startServer, type LspSession, type PublishedDiagnostic } from '../helpers/lspClient.js';
import { makeWorkspace, type TestWorkspace } from '../helpers/lspWorkspace.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-settings-'));

const CODES = ['unsupported-claim', 'citation-does-not-support', 'unknown-source', 'misquote', 'quote-not-found'];
const BASE = { 'sourced.corpus.folders': ['corpus'] };

let ws: TestWorkspace;
let session: LspSession;
let uri: string;

before(async () => {
  ws = makeWorkspace();
  session = await startServer(ws.dir, BASE);
  await session.waitForStatus((s) => s.state === 'ready', 0);
  uri = ws.write('briefing.md', readFileSync(join(repoRoot, 'examples', 'briefing.md'), 'utf8'));
  session.open(uri, readFileSync(join(repoRoot, 'examples', 'briefing.md'), 'utf8'));
  await session.waitForDiagnostics(uri, (d) => CODES.every((c) => d.some((x) => x.code === c)));
});
after(() => session.close());

/**
 * Changes the settings and waits for the draft's next diagnostics that
 * satisfy `ready`; asserts that no re-index happened on the way.
 */
async function withSettings(
  settings: Record<string, unknown>,
  ready: (d: PublishedDiagnostic[]) => boolean,
): Promise<PublishedDiagnostic[]> {
  const statuses = session.statuses.length;
  const count = session.publications(uri);
  session.setSettings({ ...BASE, ...settings });
  const found = await session.waitForDiagnostics(uri, (d) => session.publications(uri) > count && ready(d));
  assert.deepEqual(session.statuses.slice(statuses), [], 'settings other than the folders never re-index');
  return found;
}

const CHANGES: Array<{ name: string; settings: Record<string, unknown>; check: (d: PublishedDiagnostic[]) => boolean }> = [
  {
    name: 'a code turned off disappears, the others stay',
    settings: { 'sourced.diagnostics.severity': { 'unsupported-claim': 'off' } },
    check: (d) => !d.some((x) => x.code === 'unsupported-claim') && CODES.slice(1).every((c) => d.some((x) => x.code === c)),
  },
  {
    name: "a code's severity changes",
    settings: { 'sourced.diagnostics.severity': { misquote: 'hint', 'unknown-source': 'information' } },
    check: (d) => d.find((x) => x.code === 'misquote')?.severity === 4 && d.find((x) => x.code === 'unknown-source')?.severity === 3,
  },
  { name: 'the cap per file', settings: { 'sourced.diagnostics.maxPerFile': 2 }, check: (d) => d.length === 2 },
  { name: 'a cap of zero', settings: { 'sourced.diagnostics.maxPerFile': 0 }, check: (d) => d.length === 0 },
  {
    name: 'back to the defaults',
    settings: {},
    check: (d) => CODES.every((c) => d.some((x) => x.code === c)) && d.find((x) => x.code === 'misquote')?.severity === 1,
  },
];

for (const c of CHANGES) {
  test(`settings without a restart: ${c.name}`, async () => {
    await withSettings(c.settings, c.check);
  });
}

test('settings are read per document, scoped to it', () => {
  assert.ok(
    session.configurationRequests.some((r) => r.section === 'sourced' && r.scopeUri === uri),
    JSON.stringify(session.configurationRequests),
  );
});

test('claim sensitivity: high flags more sentences than low, and everything low flags', async () => {
  const draft = [
    'Private providers run most children\u2019s homes.',
    'The market is dominated by a few large providers.',
    'Costs have increased significantly.',
    'The inspectorate rated most homes good.',
    '',
  ].join('\n\n');
  const other = ws.write('sensitivity.md', draft);
  const flaggedLines = (d: PublishedDiagnostic[]) => d.filter((x) => x.code === 'unsupported-claim').map((x) => x.range.start.line);
  session.setSettings({ ...BASE, 'sourced.claims.sensitivity': 'low' });
  session.open(other, draft);
  const low = flaggedLines(await session.waitForDiagnostics(other, (d) => !d.some((x) => x.code === 'indexing')));
  const count = session.publications(other);
  session.setSettings({ ...BASE, 'sourced.claims.sensitivity': 'high' });
  const high = flaggedLines(
    await session.waitForDiagnostics(other, (d) => session.publications(other) > count && !d.some((x) => x.code === 'indexing')),
  );
  session.setSettings(BASE);
  assert.ok(high.length > low.length, `low flags lines ${low}, high ${high}`);
  for (const line of low) assert.ok(high.includes(line), `high should flag line ${line} too`);
  session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
});

test('bad setting values fall back to the defaults, with a warning in the log', async () => {
  const logs = session.logs.length;
  await withSettings(
    {
      'sourced.diagnostics.severity': { misquote: 'fatal', 'no-such-code': 'off' },
      'sourced.diagnostics.maxPerFile': -3,
      'sourced.claims.sensitivity': 'extreme',
      'sourced.quotes.insertStyle': 7,
    },
    (d) => CODES.every((c) => d.some((x) => x.code === c)) && d.find((x) => x.code === 'misquote')?.severity === 1,
  );
  const warnings = session.logs.slice(logs).join('\n');
  for (const name of ['severity["misquote"]', 'no-such-code', 'maxPerFile', 'sensitivity', 'insertStyle'])
    assert.ok(warnings.includes(name), `a warning about ${name}:\n${warnings}`);
  await withSettings({}, (d) => CODES.every((c) => d.some((x) => x.code === c)));
});

test('changing the corpus folders re-indexes them, and changing them back does too', async () => {
  mkdirSync(ws.path('more'), { recursive: true });
  writeFileSync(
    ws.path('more/kinship.txt'),
    'Kinship notes.\n\nResidential and foster care have been provided by private profit-making companies for years.\n',
  );
  const since = session.statuses.length;
  session.setSettings({ 'sourced.corpus.folders': ['corpus', 'more'] });
  const ready = await session.waitForStatus((s) => s.state === 'ready', since);
  assert.equal(session.statuses[since].state, 'indexing');
  assert.equal(ready.documents, 6);
  const hits = (await session.connection.sendRequest('sourced/search', { query: 'private profit-making companies for years' })) as Array<{
    sourceId: string;
  }>;
  assert.ok(
    hits.some((h) => h.sourceId === 'kinship'),
    JSON.stringify(hits.map((h) => h.sourceId)),
  );
  const back = session.statuses.length;
  session.setSettings(BASE);
  assert.equal((await session.waitForStatus((s) => s.state === 'ready', back)).documents, 5);
});
