/**
 * Junk never becomes a passage: web chrome lines scraped with the seed
 * articles (comment forms, "Log Out / Change )", slide-host markers) and the
 * running headers/footers of form-feed separated (pdftotext) pages are masked,
 * while real sentences next to them survive and a paragraph that continues
 * across a page break stays one sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseFile } from '../../server/src/engine/ingest/analyseFile.js';
import { normalizeWhitespace } from '../../server/src/engine/text/normalize.js';
import { sampleCorpusDir } from '../helpers/paths.js';
import { provenanceViolations } from '../helpers/provenance.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sentencesOf = (file: string, text: string) => analyseFile(file, enc(text)).sentences.map((s) => s.text);

// --- Chrome in the real seed documents (corpus/ holds the seeds unchanged) ---

const seeds = readdirSync(sampleCorpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const bytes = readFileSync(resolve(sampleCorpusDir, name));
    const analysis = analyseFile(name, bytes);
    return { name, text: normalizeWhitespace(analysis.text ?? ''), sentences: analysis.sentences.map((s) => s.text) };
  });

const SEED_CHROME: Array<{ name: string; file: string; chrome: string | RegExp }> = [
  { name: 'comments closed', file: 'tact-innovation.txt', chrome: 'Comments are closed.' },
  { name: 'inline Source: URL', file: 'tact-innovation.txt', chrome: 'Source: http://www.theguardian.com' },
  { name: 'news & jobs bar', file: 'tact-innovation.txt', chrome: 'News & Jobs' },
  { name: 'browse categories', file: 'tact-innovation.txt', chrome: 'Browse Categories' },
  {
    name: 'comment form prompt',
    file: 'ccn-future-of-childrens-social-care.txt',
    chrome: 'Fill in your details below or click an icon to log in:',
  },
  { name: 'log out link', file: 'ccn-future-of-childrens-social-care.txt', chrome: 'Log Out / Change )' },
  {
    name: 'Facebook commenting',
    file: 'ccn-future-of-childrens-social-care.txt',
    chrome: 'You are commenting using your Facebook account.',
  },
  {
    name: 'WordPress commenting',
    file: 'ccn-future-of-childrens-social-care.txt',
    chrome: 'You are commenting using your WordPress.com account.',
  },
  { name: 'WordPress logo', file: 'ccn-future-of-childrens-social-care.txt', chrome: 'WordPress.com Logo' },
  { name: 'Connecting to %s', file: 'ccn-future-of-childrens-social-care.txt', chrome: 'Connecting to %s' },
  { name: 'Akismet notice', file: 'ccn-future-of-childrens-social-care.txt', chrome: 'This site uses Akismet' },
  { name: 'read the report link', file: 'ccn-future-of-childrens-social-care.txt', chrome: 'Read the report in full' },
  { name: 'slide-N markers', file: 'rees-outcomes-framework.txt', chrome: /\bslide-\d+\b/ },
  { name: 'SLIDE N markers', file: 'rees-outcomes-framework.txt', chrome: /\bSLIDE \d+\b/ },
  { name: 'slide host title', file: 'rees-outcomes-framework.txt', chrome: 'PowerPoint PPT Presentation' },
  { name: 'reader widget', file: 'rees-outcomes-framework.txt', chrome: 'SMART_READER_LITE' },
  { name: 'live preview widget', file: 'rees-outcomes-framework.txt', chrome: 'LIVE PREVIEW' },
];

const contains = (haystack: string, needle: string | RegExp) =>
  typeof needle === 'string' ? haystack.includes(needle) : needle.test(haystack);

for (const { name, file, chrome } of SEED_CHROME) {
  test(`seed chrome (${name}) is in ${file} but in no sentence of any seed`, () => {
    const seed = seeds.find((s) => s.name === file);
    assert.ok(seed, `${file} missing from ${sampleCorpusDir}`);
    assert.ok(contains(seed.text, chrome), `fixture check: ${String(chrome)} should occur in ${file}`);
    const offending = seeds.flatMap((s) => s.sentences.filter((t) => contains(t, chrome)).map((t) => `${s.name}: ${t}`));
    assert.deepEqual(offending, []);
  });
}

const SEED_NEIGHBOURS: Array<{ file: string; sentence: string }> = [
  {
    file: 'tact-innovation.txt',
    sentence:
      'Through all these developments we can reclaim social work from the long-term neglect of government bureaucracy ' +
      'and use our expertise as strong and confident social workers to transform outcomes for the vulnerable children, young people and families we serve.',
  },
  {
    file: 'ccn-future-of-childrens-social-care.txt',
    sentence:
      'It would also need a different approach to risk: one which recognises the later-life impact on children of being separated from their families ' +
      'alongside the management of the shorter-term risks they face.',
  },
  { file: 'rees-outcomes-framework.txt', sentence: 'Funded by the Nuffield Foundation' },
];

for (const { file, sentence } of SEED_NEIGHBOURS) {
  test(`real text next to chrome survives whole in ${file}`, () => {
    assert.ok(seeds.find((s) => s.name === file)?.sentences.includes(sentence), `missing sentence: ${sentence}`);
  });
}

// --- Each chrome line between two real paragraphs ---

const CHROME_LINES = [
  'Comments are closed.',
  'Fill in your details below or click an icon to log in:',
  'You are commenting using your Facebook account. Log\u00a0Out\u00a0/\u00a0 Change\u00a0)',
  'Log Out /  Change )',
  'slide-12',
  'SLIDE 12',
  'Leave a Reply',
  'Share this:',
];

for (const chrome of CHROME_LINES) {
  test(`chrome line ${JSON.stringify(chrome)} between paragraphs is dropped`, () => {
    const text = `Councils commission most placements.\n\n${chrome}\n\nProviders set the prices.\n`;
    assert.deepEqual(sentencesOf('page.txt', text), ['Councils commission most placements.', 'Providers set the prices.']);
  });
}

// --- Page furniture of form-feed separated text ---

const TITLE = 'Inspection of Northshire local authority children\u2019s services';
const DATES = '12 to 23 June 2023';

const pageBodies = [
  'Children receive the help that they need at the right time. Families benefit from\n' +
    'a broad range of early help services, tailored to their needs and in the places\nwhere they live and',
  'work. Partnership working is well developed and offers a range of options that\nbuild on family strengths.',
  'Leaders know their services well. Managers give clear direction to social workers\nand the quality of their',
  'supervision is good. Care leavers are well supported.',
  'Inspectors saw no children left at risk.',
];

const LAYOUTS: Array<{ name: string; furniture: RegExp; page: (body: string, n: number) => string }> = [
  {
    name: 'footer with title, dates and page number',
    furniture: /Northshire|June 2023/,
    page: (b, n) => `${b}\n\n${TITLE}\n${DATES}${' '.repeat(60)}${n}\n`,
  },
  { name: 'running header', furniture: /Northshire/, page: (b) => `${TITLE}\n\n${b}\n` },
  {
    name: 'header and "Page N of M" footer',
    furniture: /Northshire|Page \d/,
    page: (b, n) => `${TITLE}\n\n${b}\n\nPage ${n} of ${pageBodies.length}\n`,
  },
  { name: 'bare page number footer', furniture: /^\d+$|\s\d$/, page: (b, n) => `${b}\n\n${' '.repeat(40)}${n}\n` },
];

const EXPECTED_PAGED = [
  ['Children receive the help that they need at the right time.', 1],
  ['Families benefit from a broad range of early help services, tailored to their needs and in the places where they live and work.', 1],
  ['Partnership working is well developed and offers a range of options that build on family strengths.', 2],
  ['Leaders know their services well.', 3],
  ['Managers give clear direction to social workers and the quality of their supervision is good.', 3],
  ['Care leavers are well supported.', 4],
  ['Inspectors saw no children left at risk.', 5],
];

for (const layout of LAYOUTS) {
  const text = pageBodies.map((b, i) => layout.page(b, i + 1)).join('\f');
  const analysis = analyseFile('report.txt', enc(text));

  test(`page furniture (${layout.name}): never in a sentence; paragraphs continue across page breaks`, () => {
    const leaked = analysis.sentences.filter((s) => layout.furniture.test(s.text)).map((s) => s.text);
    assert.deepEqual(leaked, []);
    assert.deepEqual(
      analysis.sentences.map((s) => [s.text, s.page]),
      EXPECTED_PAGED,
    );
  });

  test(`page furniture (${layout.name}): sentences across the break keep exact provenance`, () => {
    assert.deepEqual(provenanceViolations('report.txt', text, analysis.sentences), []);
    const across = analysis.sentences.find((s) => s.text.startsWith('Families benefit'));
    assert.ok(across, 'the sentence across the page break is missing');
    assert.ok(across.start < text.indexOf('\f') && across.end > text.indexOf('\f'), 'its range should span the form feed');
  });
}
