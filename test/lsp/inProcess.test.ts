/**
 * The whole language server started in this process over a pair of
 * in-memory streams (lsp/startServer.ts on a connection the test makes),
 * not the built dist/server.js: the server has no module-level state and
 * creates no connection at import, so it can run beside the test. One
 * session goes through the life of a draft: indexing, diagnostics, hover,
 * definition, completion, a quick fix, and a second server in the same
 * process that shares nothing with the first.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type LspSession } from '../helpers/lspClient.js';
import { makeWorkspace, positionAt, readRange, type LspRange, type TestWorkspace } from '../helpers/lspWorkspace.js';
import { withCursor } from '../helpers/serviceHarness.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-inprocess-'));

const DRAFT = [
  '# Placements',
  '',
  'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.',
  '',
  'BASW warned that "local authorities tend to demonstrate a very limited understanding of some of their most important services" [@basw-outsourcing-caution].',
  '',
].join('\n');

let ws: TestWorkspace;
let session: LspSession;

before(async () => {
  ws = makeWorkspace();
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] }, { inProcess: true });
  await session.waitForStatus((s) => s.state === 'ready', 0);
});
after(() => session.close());

test('an in-process server indexes, checks and answers hover, definition, completion and quick fixes', async () => {
  assert.equal(session.process, undefined, 'no child process');
  const uri = ws.uri('in-process.md');
  session.open(uri, DRAFT);
  const found = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unsupported-claim'));
  const claim = found.find((d) => d.code === 'unsupported-claim')!;

  const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: claim.range.start })) as {
    contents: { value: string };
  } | null;
  assert.match(hover?.contents.value ?? '', /^\*\*Evidence\*\*/);

  const { offset } = withCursor(DRAFT.replace('very limited', () => 'very $$CURSOR$$limited'));
  const definition = (await session.connection.sendRequest('textDocument/definition', {
    textDocument: { uri },
    position: positionAt(DRAFT, offset),
  })) as { uri: string; range: LspRange } | null;
  assert.ok(definition, 'a definition');
  assert.match(readRange(definition.uri, definition.range), /very limited understanding of some of their most important services/);

  const keyDraft = `${DRAFT}Care is costly [@basw`;
  session.change(uri, keyDraft, 2);
  const completion = (await session.connection.sendRequest('textDocument/completion', {
    textDocument: { uri },
    position: positionAt(keyDraft, keyDraft.length),
    context: { triggerKind: 1 },
  })) as { items: Array<{ label: string }> } | null;
  assert.ok(
    completion?.items.some((i) => i.label === 'basw-outsourcing-caution'),
    JSON.stringify(completion),
  );

  session.change(uri, DRAFT, 3);
  const again = await session.waitForDiagnostics(
    uri,
    (d) => d.some((x) => x.code === 'unsupported-claim') && session.publishedVersion(uri) === 3,
  );
  const finding = again.find((d) => d.code === 'unsupported-claim')!;
  const actions = (await session.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: finding.range,
    context: { diagnostics: [finding] },
  })) as Array<{ title: string }>;
  assert.ok(
    actions.some((a) => /^Cite /.test(a.title)),
    JSON.stringify(actions.map((a) => a.title)),
  );
});

test('two in-process servers share no state', async () => {
  const other = makeWorkspace({ sources: { 'only-here.txt': 'Only the second workspace has this source about lighthouse keepers.\n' } });
  const second = await startServer(other.dir, { 'sourced.corpus.folders': ['corpus'] }, { inProcess: true });
  try {
    await second.waitForStatus((s) => s.state === 'ready', 0);
    const query = { query: 'lighthouse keepers' };
    const here = (await session.connection.sendRequest('sourced/search', query)) as unknown[];
    const there = (await second.connection.sendRequest('sourced/search', query)) as Array<{ sourceId: string }>;
    assert.equal(here.length, 0);
    assert.ok(
      there.some((h) => h.sourceId === 'only-here'),
      JSON.stringify(there),
    );
  } finally {
    await second.close();
  }
});
