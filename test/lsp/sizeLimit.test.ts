/**
 * The size limit for one source (`sourced.corpus.maxFileMB`): a source over
 * it is skipped with a message naming it and the setting, the rest of the
 * corpus is indexed, and raising the limit re-indexes without a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/lspClient.js';
import { makeWorkspace } from '../helpers/lspWorkspace.js';
import type { SourceInfo } from '../../server/src/protocol.js';

process.env.SOURCED_CACHE_DIR = mkdtempSync(join(tmpdir(), 'sourced-lsp-size-'));

const BIG = `${Array.from({ length: 40_000 }, (_, i) => `Kinship placement ${i} was reviewed by the panel.`).join(' ')}\n`;

test('a source over sourced.corpus.maxFileMB is skipped with a named message; raising the limit indexes it without a restart', async () => {
  assert.ok(BIG.length > 1.5 * 1024 * 1024 && BIG.length < 2 * 1024 * 1024);
  const ws = makeWorkspace({ sources: { 'big-export.txt': BIG } });
  const base = { 'sourced.corpus.folders': ['corpus'] };
  const session = await startServer(ws.dir, { ...base, 'sourced.corpus.maxFileMB': 1 });
  try {
    await session.waitForStatus((s) => s.state === 'ready', 0);
    const ids = async () => ((await session.connection.sendRequest('sourced/sources', {})) as SourceInfo[]).map((s) => s.sourceId);
    assert.ok(!(await ids()).includes('big-export'));
    assert.ok((await ids()).includes('tact-innovation'));
    assert.ok(
      session.logs.some((l) => /big-export\.txt: 1\.\d MB is over the 1 MB limit .*sourced\.corpus\.maxFileMB/.test(l)),
      session.logs.join('\n'),
    );
    const since = session.statuses.length;
    session.setSettings({ ...base, 'sourced.corpus.maxFileMB': 2 });
    await session.waitForStatus((s) => s.state === 'ready', since);
    assert.ok((await ids()).includes('big-export'));
  } finally {
    await session.close();
  }
});
