/**
 * A corpus folder mixing every format, through the built CLI (dist/cli.js,
 * worker-thread extraction): a real PDF (an Ofsted inspection report), a
 * Word file, HTML, Markdown and plain text, a BibTeX library and a broken
 * PDF. `index` reads them all and names the broken one; `check` finds a
 * quote from page 5 of the report on page 5 (a citation saying p. 4 gets
 * citation-page-mismatch with the right page, in text, JSON and SARIF);
 * `references` renders the cited sources in Harvard, APA and Chicago;
 * `sources` shows metadata from the bibliography.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedRoot } from '../helpers/paths.js';
import { makeDocx } from '../helpers/documents.js';

const CLI = join(repoRoot, 'dist', 'cli.js');
const root = mkdtempSync(join(tmpdir(), 'sourced-formats-'));
const corpus = join(root, 'corpus');
const REPORT = 'ofsted-ilacs-bcp-2025-01-29';
const PAGE_5 =
  'unaccompanied asylum-seeking children receive tailored support to ensure their health, ' +
  'safety, education and cultural and religious needs are catered for effectively';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first.`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: root, env: { ...process.env, SOURCED_CACHE_DIR: join(root, 'cache') }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

const BIB = String.raw`@report{ofstedBCP2025,
  title = {Inspection of {Bournemouth}, {Christchurch} and {Poole} local authority children's services},
  author = {{Ofsted}},
  year = {2025},
  url = {https://reports.ofsted.gov.uk/provider/44/80561},
  file = {Full Text PDF:files/9/${REPORT}.pdf:application/pdf}
}
@report{northshire2023,
  title = {Kinship care in {Northshire}},
  author = {Smith, Jane and Doe, John},
  institution = {Northshire Council},
  year = {2023},
  file = {/home/ann/Zotero/storage/K2/kinship.docx}
}`;

before(async () => {
  mkdirSync(join(corpus, 'web'), { recursive: true });
  copyFileSync(join(sharedRoot, 'data', 'pdf', `${REPORT}.pdf`), join(corpus, `${REPORT}.pdf`));
  writeFileSync(
    join(corpus, 'kinship.docx'),
    await makeDocx({
      paragraphs: [
        { text: 'Kinship care in Northshire', style: 'Title' },
        { text: 'Findings', style: 'Heading1' },
        { text: 'Kinship carers in Northshire received a new weekly allowance in 2023.' },
      ],
    }),
  );
  writeFileSync(
    join(corpus, 'web', 'news.html'),
    '<html><head><title>Care news</title><script>var s = "no";</script></head>' +
      '<body><nav>Home | News</nav><article><h1>Care news</h1>' +
      '<p>Adoption panels in Northshire met every week during the winter.</p></article></body></html>',
  );
  writeFileSync(
    join(corpus, 'notes.md'),
    '---\ntitle: Field notes\nauthor: Ann Bee\ndate: 2024-02-01\n---\nRespite care was offered to every family on the waiting list.\n',
  );
  writeFileSync(join(corpus, 'plain.txt'), 'Residential care costs rose sharply in 2022.\n');
  writeFileSync(join(corpus, 'library.bib'), BIB);
  writeFileSync(join(corpus, 'broken.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
  writeFileSync(
    join(root, 'brief.md'),
    [
      '# Briefing',
      '',
      `Inspectors found that "${PAGE_5}" [@ofstedBCP2025, p. 4].`,
      '',
      `Inspectors also found that "${PAGE_5}" [@ofstedBCP2025, p. 5].`,
      '',
      'In Northshire, "kinship carers in Northshire received a new weekly allowance in 2023" [@northshire2023].',
      '',
      'Respite care was offered to every family on the waiting list [@notes].',
      '',
    ].join('\n'),
  );
});

test('index: every format read, the broken PDF named, the rest indexed', async () => {
  const r = await run(['index', '--corpus', 'corpus', '--stats']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Indexed 5 documents, \d+ passages .* 6 analysed, 0 from cache; 1 problem\(s\) reported above\.\n$/);
  assert.match(r.stderr, /error: .*broken\.pdf: not a readable PDF \(.+\); skipped\./);
  const warm = await run(['index', '--corpus', 'corpus']);
  assert.match(warm.stdout, /0 analysed, 6 from cache/);
});

test('sources: keys and metadata from the BibTeX library, matched by key and by attached file', async () => {
  const r = await run(['sources', '--corpus', 'corpus', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const sources = JSON.parse(r.stdout).sources as Array<Record<string, unknown>>;
  const byId = new Map(sources.map((s) => [s.sourceId, s]));
  assert.deepEqual([...byId.keys()].sort(), ['news', 'northshire2023', 'notes', 'ofstedBCP2025', 'plain']);
  assert.equal(byId.get('ofstedBCP2025')?.file, join(corpus, `${REPORT}.pdf`));
  assert.deepEqual((byId.get('ofstedBCP2025')?.metadataFrom as Record<string, string>).title, 'bibliography');
  assert.equal(byId.get('northshire2023')?.author, 'Jane Smith, John Doe');
  assert.equal(byId.get('news')?.title, 'Care news');
});

test('check: a quote from page 5 cited as p. 4 gets citation-page-mismatch saying p. 5; the right page and the other quotes pass', async () => {
  const text = await run(['check', 'brief.md', '--corpus', 'corpus']);
  assert.equal(text.code, 0, `information only: ${text.stdout}${text.stderr}`);
  assert.match(
    text.stdout,
    /brief\.md:3:\d+ information citation-page-mismatch The quotation is on p\. 5 of \[@ofstedBCP2025\], not p\. 4\./,
  );
  assert.match(text.stdout, /\(p\. 5\)/);
  assert.match(text.stdout, /^1 finding in 1 file\.$/m);
  const json = await run(['check', 'brief.md', '--corpus', 'corpus', '--format', 'json']);
  const [d] = JSON.parse(json.stdout).files[0].diagnostics;
  assert.equal(d.code, 'citation-page-mismatch');
  assert.deepEqual(d.data, { page: 5 });
  assert.equal(d.range.start.line, 2);
  assert.equal(d.evidence[0].page, 5);
  assert.equal(d.evidence[0].file, join(corpus, `${REPORT}.pdf`));
  const sarif = JSON.parse((await run(['check', 'brief.md', '--corpus', 'corpus', '--format', 'sarif'])).stdout);
  assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'citation-page-mismatch'));
  assert.equal(sarif.runs[0].results[0].ruleId, 'citation-page-mismatch');
  assert.equal(sarif.runs[0].results[0].level, 'note');
  assert.deepEqual(sarif.runs[0].results[0].properties, { page: 5 });
});

const REFERENCES: Record<string, string> = {
  harvard: [
    '- Ofsted (2025) *Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s ' +
      'services*. Available at: <https://reports.ofsted.gov.uk/provider/44/80561>.',
    '- Smith, J. and Doe, J. (2023) *Kinship care in Northshire*. Northshire Council.',
    '- Bee, A. (2024) *Field notes*.',
  ].join('\n'),
  apa: [
    '- Ofsted. (2025). *Inspection of Bournemouth, Christchurch and Poole local authority children\u2019s ' +
      'services*. <https://reports.ofsted.gov.uk/provider/44/80561>',
    '- Smith, J., \\& Doe, J. (2023). *Kinship care in Northshire*. Northshire Council.',
    '- Bee, A. (2024). *Field notes*.',
  ].join('\n'),
  chicago: [
    '- Ofsted. 2025. \u2018Inspection of Bournemouth, Christchurch and Poole Local Authority Children\u2019s ' +
      'Services\u2019. <https://reports.ofsted.gov.uk/provider/44/80561>.',
    '- Smith, Jane, and John Doe. 2023. \u2018Kinship Care in Northshire\u2019. Northshire Council.',
    '- Bee, Ann. 2024. \u2018Field Notes\u2019.',
  ].join('\n'),
};

for (const style of ['harvard', 'apa', 'chicago']) {
  test(`references --style ${style}: the cited sources, first cited first`, async () => {
    const r = await run(['references', 'brief.md', '--corpus', 'corpus', '--style', style]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${REFERENCES[style]}\n`);
  });
}

test('references --order alphabetical, --json, and usage errors', async () => {
  const alpha = await run(['references', 'brief.md', '--corpus', 'corpus', '--order', 'alphabetical']);
  assert.deepEqual(
    alpha.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(2, 8)),
    ['Bee, A', 'Ofsted', 'Smith,'],
  );
  const json = JSON.parse((await run(['references', 'brief.md', '--corpus', 'corpus', '--json'])).stdout);
  assert.deepEqual(
    json.references.map((r: { sourceId: string }) => r.sourceId),
    ['ofstedBCP2025', 'northshire2023', 'notes'],
  );
  const bad = await run(['references', 'brief.md', '--corpus', 'corpus', '--style', 'mla']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--style must be harvard, apa, chicago, not "mla"/);
});
