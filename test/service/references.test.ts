/**
 * Find references through the language service: every citation of the
 * source in open drafts and in the workspace's drafts on "disk" (the
 * in-memory WorkspaceReader: the service never touches the file system),
 * but not in the corpus folder or hidden folders; a draft changed on disk
 * is read again, an open draft's unsaved text wins over its file.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import { NO_CANCELLATION } from '../../server/src/service/types.js';

let h: Harness;
before(async () => {
  h = await createHarness({
    diskDrafts: {
      'notes/on-disk.md': 'Councils misunderstand social work [@basw-outsourcing-caution]. Also [@tact-inovation].\n',
      '.hidden/secret.md': 'Hidden [@basw-outsourcing-caution].\n',
      'open.md': 'On disk only [@basw-outsourcing-caution].\n',
    },
    sources: { 'cites-too.md': 'A source that cites [@basw-outsourcing-caution].\n' },
  });
});

const paths = (locations: Array<{ uri: string }> | null) => (locations ?? []).map((l) => l.uri.replace('file://', '')).sort();

test('references of a source: open drafts and drafts on disk, not corpus or hidden files; the open text wins', async () => {
  const { doc, offset } = h.open('open.md', 'Open and edited [@basw-out$$CURSOR$$sourcing-caution] twice [@basw-outsourcing-caution].\n');
  const found = await h.service.references(doc, offset, false, NO_CANCELLATION);
  assert.deepEqual(paths(found), ['/work/notes/on-disk.md', '/work/open.md', '/work/open.md']);
  const withDeclaration = await h.service.references(doc, offset, true, NO_CANCELLATION);
  assert.equal(paths(withDeclaration).filter((p) => p === '/corpus/basw-outsourcing-caution.txt').length, 1);
});

test('references of an unknown key: the same misspelling elsewhere; a file changed on disk is read again', async () => {
  const { doc, offset } = h.open('typo.md', 'Care [@tact-ino$$CURSOR$$vation].\n');
  assert.deepEqual(paths(await h.service.references(doc, offset, false, NO_CANCELLATION)), ['/work/notes/on-disk.md', '/work/typo.md']);
  h.files.write('/work/notes/on-disk.md', 'No citations now.\n');
  assert.deepEqual(paths(await h.service.references(doc, offset, false, NO_CANCELLATION)), ['/work/typo.md']);
});

test('no citation at the cursor: no references', async () => {
  const { doc, offset } = h.open('none.md', 'Plain $$CURSOR$$text.\n');
  assert.equal(await h.service.references(doc, offset, false, NO_CANCELLATION), null);
});
