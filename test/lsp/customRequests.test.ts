/**
 * Sourced's own protocol (server/src/protocol.ts) against the real server:
 * `sourced/status` and work-done progress while indexing, `sourced/search`
 * (verbatim passages at their ranges, the quote in the draft's style),
 * `sourced/evidence` for a paragraph, `sourced/sources` with citation
 * counts across open and on-disk drafts, `sourced/reindex`, and a corpus
 * file added through `workspace/didChangeWatchedFiles`.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type LspSession } from '../helpers/lspClient.js';
import { makeWorkspace, PAGED_SOURCE, positionAt, readRange, type TestWorkspace } from '../helpers/lspWorkspace.js';
import type { EvidenceResult, PassageHit, ReindexResult, SourceInfo } from '../../server/src/protocol.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-requests-'));

let ws: TestWorkspace;
let session: LspSession;

before(async () => {
  ws = makeWorkspace({
    sources: { 'kinship-pilot.txt': PAGED_SOURCE },
    drafts: {
      'drafts/on-disk.md':
        'Councils misunderstand social work [@basw-outsourcing-caution].\n\nPages [@kinship-pilot, p. 2; @basw-outsourcing-caution].\n',
    },
  });
  session = await startServer(ws.dir, { 'sourced.corpus.folders': ['corpus'] });
  await session.waitForStatus((s) => s.state === 'ready', 0);
});
after(() => session.close());

test('indexing reports sourced/status (indexing with documents done of total, then ready) and work-done progress', () => {
  const states = session.statuses.map((s) => s.state);
  assert.equal(states[0], 'indexing');
  const ready = session.statuses.find((s) => s.state === 'ready')!;
  assert.equal(ready.documents, 6);
  assert.ok((ready.passages ?? 0) > 100, JSON.stringify(ready));
  const counted = session.statuses.filter((s) => s.state === 'indexing' && (s.total ?? 0) > 0);
  assert.ok(counted.length > 0, 'progress with counts');
  assert.deepEqual(
    counted.map((s) => s.done),
    [...counted.map((s) => s.done!)].sort((a, b) => a - b),
    'done only grows',
  );
  assert.equal(counted[counted.length - 1].done, counted[counted.length - 1].total);
  const kinds = session.progress.map((p) => (p as { kind: string }).kind);
  assert.deepEqual([kinds[0], kinds[kinds.length - 1]], ['begin', 'end']);
});

const SEARCHES: Array<{
  name: string;
  query: string;
  limit?: number;
  settings?: Record<string, unknown>;
  top: string;
  insert: (hit: PassageHit) => string;
}> = [
  {
    name: 'inline quote by default',
    query: 'social workers cowed by managers and councillors',
    limit: 3,
    top: 'basw-outsourcing-caution',
    insert: (h) => `"${h.text}" [@basw-outsourcing-caution]`,
  },
  {
    name: 'a page in the citation',
    query: 'respite breaks offered to kinship families',
    top: 'kinship-pilot',
    insert: (h) => `"${h.text}" [@kinship-pilot, p. 2]`,
  },
  {
    name: "the blockquote style of the draft's settings",
    query: 'severe shortage of placements',
    settings: { 'sourced.quotes.insertStyle': 'blockquote' },
    top: 'ncercc-outsourcing-key-sentences',
    insert: (h) => `> ${h.text}\n>\n> [@ncercc-outsourcing-key-sentences]`,
  },
];

for (const c of SEARCHES) {
  test(`sourced/search: ${c.name}`, async () => {
    if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'], ...c.settings });
    try {
      const hits = (await session.connection.sendRequest('sourced/search', {
        query: c.query,
        limit: c.limit,
        uri: ws.uri('drafts/on-disk.md'),
      })) as PassageHit[];
      assert.ok(hits.length > 0 && hits.length <= (c.limit ?? 20));
      assert.equal(hits[0].sourceId, c.top);
      for (const hit of hits) {
        assert.equal(readRange(hit.uri, hit.range), hit.text, 'verbatim at its range');
        assert.ok(hit.title.length > 0 && hit.score > 0);
      }
      assert.equal(hits[0].insertText, c.insert(hits[0]));
    } finally {
      if (c.settings) session.setSettings({ 'sourced.corpus.folders': ['corpus'] });
    }
  });
}

test('sourced/search: a query too short to mean anything, or a malformed one, returns nothing', async () => {
  assert.deepEqual(await session.connection.sendRequest('sourced/search', { query: 'a' }), []);
  assert.deepEqual(await session.connection.sendRequest('sourced/search', { query: 42 }), []);
});

test('sourced/evidence: each sentence of the paragraph at the cursor, supporting passages first', async () => {
  const text =
    'Intro.\n\nThere is a severe shortage of appropriate and available placements for children in care. ' +
    'Venture capitalists are taking millions a year out of social care budgets.\n\nNext paragraph.\n';
  const uri = ws.uri('evidence.md');
  session.open(uri, text);
  const result = (await session.connection.sendRequest('sourced/evidence', {
    uri,
    position: positionAt(text, text.indexOf('Venture') + 3),
  })) as EvidenceResult;
  assert.deepEqual(result.paragraph, { start: { line: 2, character: 0 }, end: { line: 2, character: text.split('\n')[2].length } });
  assert.deepEqual(
    result.claims.map((c) => c.text.slice(0, 20)),
    ['There is a severe sh', 'Venture capitalists '],
  );
  const [shortage, venture] = result.claims;
  assert.equal(shortage.evidence[0].sourceId, 'ncercc-outsourcing-key-sentences');
  assert.equal(shortage.evidence[0].supports, true);
  assert.equal(venture.evidence[0].sourceId, 'tact-innovation');
  const flags = shortage.evidence.map((e) => e.supports);
  assert.deepEqual(
    flags,
    [...flags].sort((a, b) => Number(b) - Number(a)),
    'supporting passages first',
  );
  for (const e of [...shortage.evidence, ...venture.evidence]) assert.equal(readRange(e.uri, e.range), e.text);
});

test('sourced/sources: every document with metadata, first passage and citations across open and on-disk drafts', async () => {
  const uri = ws.uri('sources-open.md');
  session.open(uri, 'Unaccountable [@basw-outsourcing-caution]. Tact said so [@tact-innovation].\n');
  const sources = (await session.connection.sendRequest('sourced/sources', {})) as SourceInfo[];
  assert.deepEqual(
    sources.map((s) => s.sourceId),
    [
      'basw-outsourcing-caution',
      'ccn-future-of-childrens-social-care',
      'kinship-pilot',
      'ncercc-outsourcing-key-sentences',
      'rees-outcomes-framework',
      'tact-innovation',
    ],
  );
  const counts = Object.fromEntries(sources.map((s) => [s.sourceId, s.citationCount]));
  assert.deepEqual(counts, {
    'basw-outsourcing-caution': 3,
    'ccn-future-of-childrens-social-care': 0,
    'kinship-pilot': 1,
    'ncercc-outsourcing-key-sentences': 0,
    'rees-outcomes-framework': 0,
    'tact-innovation': 1,
  });
  const basw = sources[0];
  assert.equal(basw.title, 'BASW\u2019s caution about increase in service outsourcing');
  assert.equal(basw.date, '2012-09');
  assert.equal(basw.url, 'https://basw.co.uk/articles/basws-caution-about-increase-service-outsourcing');
  assert.equal(basw.uri, pathToFileURL(join(ws.corpusDir, 'basw-outsourcing-caution.txt')).href);
  assert.equal(readRange(basw.uri, basw.firstPassage), 'BASW\u2019s caution about increase in service outsourcing');
  assert.ok(basw.passages > 5);
});

test('sourced/reindex re-walks the corpus and reports status; a watched-file event adds one source', async () => {
  writeFileSync(join(ws.corpusDir, 'added-later.txt'), 'Added later.\n\nFostering allowances were reviewed by the panel in 2024.\n');
  const since = session.statuses.length;
  const progressSince = session.progress.length;
  const result = (await session.connection.sendRequest('sourced/reindex', null)) as ReindexResult;
  assert.equal(result.documents, 7);
  const after = session.statuses.slice(since);
  assert.equal(after[0].state, 'indexing');
  assert.deepEqual(after[after.length - 1], { state: 'ready', documents: 7, passages: result.passages });
  assert.deepEqual(
    session.progress
      .slice(progressSince)
      .map((p) => (p as { kind: string }).kind)
      .filter((k) => k !== 'report'),
    ['begin', 'end'],
  );

  const file = join(ws.corpusDir, 'watched.txt');
  writeFileSync(file, 'Watched.\n\nKinship allowances rose in 2025.\n');
  const beforeEvent = session.statuses.length;
  session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
  const ready = await session.waitForStatus((s) => s.state === 'ready', beforeEvent);
  assert.equal(ready.documents, 8);
  const hits = (await session.connection.sendRequest('sourced/search', { query: 'kinship allowances rose' })) as PassageHit[];
  assert.equal(hits[0].sourceId, 'watched');
});
