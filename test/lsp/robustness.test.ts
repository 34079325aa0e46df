/**
 * The server under awkward timing and bad input. Requests that need the
 * index, sent before indexing could start (the test holds the settings the
 * server needs to start it), wait and then answer correctly, while requests
 * that need no index answer at once; drafts show the indexing notice, not
 * false findings; a cancelled waiting request is answered at once; a
 * request with malformed parameters is logged and answered empty, and the
 * server keeps serving.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { startServer } from '../helpers/lspClient.js';
import { makeWorkspace } from '../helpers/lspWorkspace.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-robust-'));

const DRAFT = 'There is a severe shortage of placements for children in care [@ncercc-outsourcing-key-sentences].\n';
const ON_KEY = { line: 0, character: DRAFT.indexOf('@ncercc') + 3 };

test('before indexing: index requests wait and then answer correctly; others answer at once; drafts get the indexing notice', async () => {
  const ws = makeWorkspace();
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] }, { holdConfiguration: true });
  try {
    const uri = ws.uri('early.md');
    session.open(uri, DRAFT);
    const answered: string[] = [];
    const track = <T>(name: string, p: Promise<T>) => p.then((v) => (answered.push(name), v));
    const hover = track(
      'hover',
      session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: ON_KEY }) as Promise<{
        contents: { value: string };
      } | null>,
    );
    const sources = track('sources', session.connection.sendRequest('sourced/sources', {}) as Promise<Array<{ sourceId: string }>>);
    const definition = track(
      'definition',
      session.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: ON_KEY }) as Promise<{
        uri: string;
      } | null>,
    );
    // A space in prose offers nothing, and says so without waiting for the index.
    const nothing = await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 9 },
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.equal(nothing, null);
    assert.deepEqual(answered, [], 'index requests are still waiting');
    const notice = await session.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(
      notice.map((d) => d.code),
      ['indexing'],
    );

    session.releaseConfiguration();
    const [h, s, d] = await Promise.all([hover, sources, definition]);
    assert.match(h?.contents.value ?? '', /2 Key Sentences from Research/);
    assert.equal(s.length, 5);
    assert.ok(d?.uri.endsWith('/corpus/ncercc-outsourcing-key-sentences.txt'));
    assert.ok(
      session.logs.some((l) => /hover waits for indexing/.test(l)),
      session.logs.join('\n'),
    );
    // Then the real check replaces the notice.
    await session.waitForDiagnostics(uri, (x) => !x.some((y) => y.code === 'indexing'));
  } finally {
    await session.close();
  }
});

test('a waiting request that the client cancels is answered at once', async () => {
  const ws = makeWorkspace();
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] }, { holdConfiguration: true });
  try {
    const uri = ws.uri('cancel.md');
    session.open(uri, DRAFT);
    const source = new CancellationTokenSource();
    const pending = session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: ON_KEY }, source.token).then(
      (value) => ({ value }),
      (error: Error) => ({ error }),
    );
    source.cancel();
    const outcome = (await pending) as { value?: unknown; error?: Error };
    // Either answer is fine (an empty hover, or the protocol's "cancelled" error); it came before indexing.
    assert.ok(outcome.error !== undefined || outcome.value === null, JSON.stringify(outcome));
    assert.equal(
      session.statuses.some((s) => s.state === 'ready'),
      false,
      'answered before the index was ready',
    );
    session.releaseConfiguration();
  } finally {
    await session.close();
  }
});

test('malformed requests are logged and answered empty; the server keeps serving', async () => {
  const ws = makeWorkspace();
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    assert.equal(await session.connection.sendRequest('sourced/evidence', null), null);
    assert.ok(
      session.logs.some((l) => /sourced\/evidence failed: TypeError/.test(l)),
      session.logs.join('\n'),
    );
    assert.equal(
      await session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: ws.uri('never-opened.md') },
        position: { line: 0, character: 0 },
      }),
      null,
    );
    assert.deepEqual(await session.connection.sendRequest('sourced/search', null), []);
    assert.deepEqual(
      await session.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: ws.uri('never-opened.md') },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      }),
      [],
    );
    const uri = ws.uri('after.md');
    session.open(uri, DRAFT);
    const position = { line: 999, character: 999 };
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), null);
    const hits = (await session.connection.sendRequest('sourced/search', { query: 'severe shortage of placements' })) as unknown[];
    assert.ok(hits.length > 0, 'still serving');
  } finally {
    await session.close();
  }
});
