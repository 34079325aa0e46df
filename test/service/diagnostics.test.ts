/**
 * Diagnostics through the language service: which codes a draft gets, with
 * the settings applied (severity off, the cap per file), "indexing" while
 * the corpus is not ready, and nothing for a document that is not Markdown.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness, type Harness } from '../helpers/serviceHarness.js';
import { createLanguageService } from '../../server/src/service/languageService.js';
import { nodeUris } from '../../server/src/node/uris.js';
import { DEFAULT_SETTINGS } from '../../server/src/protocol.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';

let h: Harness;
before(async () => {
  h = await createHarness();
});

const CASES: Array<{ name: string; draft: string; codes: string[] }> = [
  {
    name: 'an uncited claim',
    draft: 'There is a severe shortage of appropriate and available placements for children in care, and this harms the placement process.',
    codes: ['unsupported-claim'],
  },
  { name: 'an unknown key', draft: 'Private companies have provided care for years [@tact-inovation].', codes: ['unknown-source'] },
  {
    name: 'a misquotation',
    draft:
      'BASW warned that "local authorities tend to demonstrate a limited understanding ' +
      'of some of their most important services" [@basw-outsourcing-caution].',
    codes: ['misquote'],
  },
  {
    name: 'an exact quotation',
    draft:
      'BASW warned that "local authorities tend to demonstrate a very limited understanding ' +
      'of some of their most important services" [@basw-outsourcing-caution].',
    codes: [],
  },
  { name: 'a recommendation', draft: 'We recommend that the council reviews its strategy.', codes: [] },
];

for (const c of CASES) {
  test(`diagnostics for ${c.name}`, async () => {
    const { doc } = h.open(`diag-${c.name.replace(/\W+/g, '-')}.md`, `${c.draft}\n`);
    const result = await h.service.diagnostics(doc);
    assert.equal(result.kind, 'checked');
    if (result.kind !== 'checked') return;
    assert.equal(result.version, doc.version);
    assert.deepEqual(result.findings.map((f) => f.code).sort(), [...c.codes].sort());
  });
}

test('a code set to off is not reported, and the cap per file holds', async () => {
  const { doc } = h.open('settings.md', `${CASES[0].draft}\n\n${CASES[1].draft}\n`);
  const off = h.service.diagnosticsWith(doc, { severities: { 'unknown-source': 'off' } });
  assert.deepEqual(off.kind === 'checked' && off.findings.map((f) => f.code), ['unsupported-claim']);
  const capped = h.service.diagnosticsWith(doc, { maxDiagnostics: 1 });
  assert.equal(capped.kind === 'checked' && capped.findings.length, 1);
});

test('while indexing: the indexing result; not Markdown: nothing', async () => {
  const service = createLanguageService({
    corpus: { current: () => h.corpus, isReady: () => false, whenReady: async () => false },
    documents: { get: () => undefined, all: () => [] },
    files: new MemoryWorkspace(),
    workspaceFolders: () => [],
    corpusRoots: () => [],
    settings: async () => DEFAULT_SETTINGS,
    uris: nodeUris({ virtualSourceDocuments: () => false }),
  });
  const doc = { uri: 'file:///work/x.md', version: 1, text: CASES[0].draft, languageId: 'markdown' };
  assert.deepEqual(await service.diagnostics(doc), { kind: 'indexing' });
  assert.deepEqual(await service.diagnostics({ ...doc, languageId: 'plaintext' }), { kind: 'not-a-draft' });
  assert.equal(await service.hover(doc, 3), null, 'a cancelled wait for the index answers nothing');
});
