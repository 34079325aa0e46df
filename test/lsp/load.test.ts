/**
 * The server under a burst of typing: ten drafts open, then a hundred
 * incremental edits to one of them, sent without waiting for answers
 * (keystrokes, a typo fixed with backspace, a deleted word, a pasted
 * sentence, a new paragraph, jumps to other paragraphs), with hovers,
 * completions (invoked, and on every trigger character typed) and code
 * actions in between; half way, one check is let through so the rest is
 * checked against its memo. Every request is answered without error,
 * nothing is logged as failed, and the diagnostics that settle for the
 * final version equal a fresh check of the final text, for the edited
 * draft and the others: no stale or mis-shifted findings. Timing is never
 * asserted; the test waits on published versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/lspClient.js';
import { makeWorkspace } from '../helpers/lspWorkspace.js';
import { hoverOffsets, LiveDocument, makeBriefing, quotableSentences, seeded, Typist } from '../helpers/loadScript.js';
import { compareFindings, freshFindings } from '../helpers/freshCheck.js';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { nodeWorkspaceReader } from '../../server/src/node/nodeWorkspaceReader.js';
import { TRIGGER_CHARACTERS } from '../../server/src/service/completion.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-load-'));

const DRAFTS = 10;
const EDITS = 100;

test('a burst of incremental edits with hovers and completions: every request answered, diagnostics settle to a fresh check', async () => {
  const ws = makeWorkspace();
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [ws.corpusDir] });
  await corpus.refresh();
  // A seed whose burst has every kind of edit: typing, backspace, a deleted word, a paste, a new paragraph.
  const random = seeded(20);
  const pool = quotableSentences(corpus);
  // Drafts on disk and opened with the same text, as an editor restoring its tabs does.
  const docs = Array.from({ length: DRAFTS }, (_, i) => {
    const name = `drafts/draft-${i}.md`;
    const text = makeBriefing(random, pool, i === 0 ? 600 : 150 + Math.floor(random() * 200));
    return new LiveDocument(ws.write(name, text), text);
  });

  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    for (const doc of docs) session.open(doc.uri, doc.text, doc.version);
    for (const doc of docs)
      await session.waitForDiagnostics(doc.uri, (d) => session.publishedVersion(doc.uri) === 1 && !d.some((x) => x.code === 'indexing'));

    const typed = docs[0];
    const typist = new Typist(typed, random, pool);
    const requests: Array<{ what: string; reply: Promise<unknown> }> = [];
    const send = (what: string, method: string, params: unknown) =>
      requests.push({ what, reply: session.connection.sendRequest(method, params) });
    const kinds = new Set<string>();
    for (let i = 1; i <= EDITS; i++) {
      const { edit, version, change } = typist.next();
      kinds.add(edit.kind);
      session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: typed.uri, version },
        contentChanges: [change],
      });
      const uri = typed.uri;
      const cursor = typed.positionAt(typist.cursor);
      if (edit.kind === 'type' && TRIGGER_CHARACTERS.includes(edit.text)) {
        send('trigger completion', 'textDocument/completion', {
          textDocument: { uri },
          position: cursor,
          context: { triggerKind: 2, triggerCharacter: edit.text },
        });
      }
      if (i % 10 === 0) {
        send('completion', 'textDocument/completion', { textDocument: { uri }, position: cursor, context: { triggerKind: 1 } });
        const targets = hoverOffsets(typed.text);
        send('hover', 'textDocument/hover', {
          textDocument: { uri },
          position: typed.positionAt(targets[Math.floor(random() * targets.length)]),
        });
        const other = docs[1 + (i % (DRAFTS - 1))];
        const there = hoverOffsets(other.text);
        send('hover (other draft)', 'textDocument/hover', {
          textDocument: { uri: other.uri },
          position: other.positionAt(there[i % there.length]),
        });
        send('code action', 'textDocument/codeAction', {
          textDocument: { uri },
          range: { start: cursor, end: cursor },
          context: { diagnostics: session.diagnostics.get(uri) ?? [] },
        });
      }
      if (i === EDITS / 2) {
        // Half way, let one check land, so the rest of the burst is checked against its memo (shifted findings).
        await session.waitForDiagnostics(uri, () => (session.publishedVersion(uri) ?? 0) >= version);
      }
    }
    assert.equal(kinds.size, 5, `the script exercised only ${[...kinds].join(', ')}`);

    const outcomes = await Promise.all(
      requests.map((r) =>
        r.reply.then(
          () => undefined,
          (error: Error) => `${r.what}: ${error.message}`,
        ),
      ),
    );
    assert.deepEqual(outcomes.filter(Boolean), [], 'every request is answered without error');
    assert.ok(requests.length >= 30, `only ${requests.length} requests were sent`);

    const final = typed.version;
    const settled = await session.waitForDiagnostics(typed.uri, () => session.publishedVersion(typed.uri) === final);
    const comparison = compareFindings(settled, freshFindings(corpus, typed.text, typed.uri));
    assert.ok(comparison.equal, `the edited draft's final diagnostics differ from a fresh check: ${JSON.stringify(comparison)}`);
    for (const doc of docs.slice(1)) {
      const other = compareFindings(session.diagnostics.get(doc.uri) ?? [], freshFindings(corpus, doc.text, doc.uri));
      assert.ok(other.equal, `${doc.uri}: ${JSON.stringify(other)}`);
    }
    assert.deepEqual(
      session.logs.filter((l) => /failed|unhandled|exception/i.test(l)),
      [],
      'nothing failed in the server log',
    );
  } finally {
    await session.close();
  }
});

// Engine bug, owned by server/src/engine (reported, not fixed here): DraftChecker's
// memo key is the sentence's whitespace-normalised text, so a sentence that differs
// only by a doubled space reuses the finding of its single-spaced twin, whose range
// ends one character short. Passes once memoKey includes the raw span length.
test('a space doubled inside a checked sentence settles to a fresh check', async () => {
  const ws = makeWorkspace();
  const corpus = new Corpus(nodeWorkspaceReader, { roots: [ws.corpusDir] });
  await corpus.refresh();
  const claim = 'Designing commissioning practices is a priority for 73 per cent of councils.';
  const doc = new LiveDocument(ws.uri('spaces.md'), `# Spaces\n\n${claim}\n`);
  const session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    session.open(doc.uri, doc.text);
    await session.waitForDiagnostics(doc.uri, (d) => session.publishedVersion(doc.uri) === 1 && !d.some((x) => x.code === 'indexing'));
    const at = doc.text.indexOf(' practices');
    const { version, change } = doc.apply({ start: at, end: at, text: ' ' });
    session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [change] });
    const settled = await session.waitForDiagnostics(doc.uri, () => session.publishedVersion(doc.uri) === version);
    const comparison = compareFindings(settled, freshFindings(corpus, doc.text, doc.uri));
    assert.ok(comparison.equal, JSON.stringify(comparison));
  } finally {
    await session.close();
  }
});
