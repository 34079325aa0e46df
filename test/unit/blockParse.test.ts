/**
 * Parsing a draft by block runs (blockParse.ts) against the oracle it must
 * equal: remark's parse of the whole text, node for node and position for
 * position. Inputs: seeded random drafts assembled from blocks chosen to
 * reach across a cut (fences and comments holding blank lines, definitions
 * used in other blocks, footnote calls, lists, front matter, no-break
 * spaces, CRLF), every Markdown file in the repository and the pandoc
 * oracle's drafts. Then: an edit re-parses only the run it touches, and the
 * draft model parseDraft builds is the same with and without the cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { BlockParseCache, parseByBlocks, runStarts, type TreeNode } from '../../server/src/engine/draft/blockParse.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import { seeded } from '../../bench/lib/random.js';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const parse = (text: string) => parser.parse(text) as unknown as TreeNode;

/** Blocks that test a cut: each is joined to others by one, two or three line breaks. */
const BLOCKS = [
  'Referrals rose by 12% in 2023 [@ofsted2023].',
  'Caseloads fell.\nA second line of the same paragraph.',
  '```\ncode\n\nStill code, after a blank line.\n\n# not a heading\n```',
  '~~~ md\nA tilde fence.\n\nWith a blank line.\n~~~',
  '````\n```\nA longer fence holds a shorter one.\n\nText\n```\n````',
  '<!-- a comment\n\nthat spans a blank line\n\nText inside it -->',
  '<!-- sourced-ignore -->\nThe next paragraph is ignored.',
  '<pre>\npre text\n\nStill pre.\n</pre>',
  '<div>\nHTML block\n</div>',
  'See [the report][ofsted] and [the guidance].',
  '[ofsted]: https://example.org/ofsted "Ofsted"',
  '[the guidance]: ./guidance.pdf',
  'A footnote call.[^1] And another.[^note]',
  '[^1]: The footnote, citing [@dfe2022, p. 4].',
  '[^note]: A longer note.\n\n    Its second paragraph, indented.',
  '- one\n- two\n\n- three, loose',
  '1. first\n2. second',
  '2019. A year at the start of a line is an ordered list item.',
  '- item\n\n  continued in the item\n\n  ```\n  fenced in the item\n\n  ```',
  '  ```\nan indented fence\n```',
  '> A quotation\n> over two lines.\n\n> Another.',
  '| Year | Rate |\n|---|---|\n| 2023 | 5% |',
  'Title\n=====',
  '## A heading [@key]',
  'Text with a no-break space line below.\n\u00a0\nStill the same paragraph.',
  '    indented code\n\n    more code',
  'An inline note.^[With a citation @smith2020.]',
  '"Quoted" opening.',
  '\u201cCurly\u201d opening, and (brackets).',
  '* * *',
  '---',
  '[@key, p. 4]: a citation that looks like a definition.',
  '```unclosed\nfence to the end',
  '<!-- unclosed comment',
  'Line one\r\nline two\r\n\r\nAfter a CRLF blank line.',
  '![An image](chart.png) with text.',
  '(@good) An example item.',
];

function randomDraft(rnd: () => number): string {
  const parts: string[] = [];
  if (rnd() < 0.15) parts.push('---\ntitle: A draft\n\nsourced: true\n---');
  const n = 2 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) parts.push(BLOCKS[Math.floor(rnd() * BLOCKS.length)]);
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const r = rnd();
    out += (r < 0.15 ? '\n' : r < 0.9 ? '\n\n' : '\n\n\n') + parts[i];
  }
  return rnd() < 0.8 ? `${out}\n` : out;
}

function assertSameTree(text: string, label: string): void {
  const cache = new BlockParseCache();
  const expected = parse(text);
  assert.deepEqual(parseByBlocks(text, parse, cache), expected, `${label}: first parse\n${JSON.stringify(text)}`);
  // A second time, from the cache.
  assert.deepEqual(parseByBlocks(text, parse, cache), expected, `${label}: from the cache\n${JSON.stringify(text)}`);
}

test('block runs parse to the whole parse: 600 seeded random drafts', () => {
  const rnd = seeded(22);
  let cut = 0;
  for (let i = 0; i < 600; i++) {
    const text = randomDraft(rnd);
    if ((runStarts(text)?.length ?? 0) > 1) cut++;
    assertSameTree(text, `draft ${i}`);
  }
  // The drafts must exercise cutting, not only the whole-parse fallback.
  assert.ok(cut > 150, `only ${cut} of 600 drafts were cut into runs`);
});

/** Inputs an adversarial review broke an earlier version with (lone CR, BOM, HTML blocks, labels as written, …). */
const REVIEWED = [
  'a\rb\n\nc\n',
  '\uFEFFa\n\nb\n',
  '\uFEFF---\na: 1\n\nb: 2\n---\n\nc\n',
  '<a>\n```\n\nb\n```\n\nc\n',
  '<div>\n```\n</div>\n\nmore\n```\n\nPara\n',
  '<div>\n<!--\n\n```\n-->\n\nPara\n```\n\nNext\n```\n',
  '<!-->\n~~~-->\n\nn',
  '<?>\n~~~?>\n\nn',
  '<![CDATA[\n]]]>\n\nn\n',
  '<pre\u00a0\n~~~</pre>\n\nn',
  '```\n```\u00a0\n\nn\n',
  '```\u2028\n\nn\n```\n\nx\n```\n',
  '```\rx\n\nn\n',
  '[a\\*b]\n\n[a\\*b]: /u\n',
  '[&amp;]\n\n[&amp;]: /u\n',
  '[\\^a]\n\n[\\^a]: /u\n',
  'x[^a\\*b]\n\n[^a\\*b]: n\n',
  '[a*b]\n\n[a\\*b]: /u\n',
  '- ```\n\nn\n',
  '- ```\n  code\n\n  more\n\nText\n',
  '- <!-- a\n\nb\n',
  '1. <?\n\nn\n',
  '[^a]: <!--\n\nText [^a]\n',
  '- x\n\n    <!-- c\n\nText\n',
  '[x]\n\n[x]: /u\n- n\n<e>',
  '[x]\n\n[x]: /u\n> n\n</pre>',
  '[x]\n\n[^a]:```',
];

test('block runs parse to the whole parse: inputs found by an adversarial review', () => {
  for (const text of REVIEWED) assertSameTree(text, JSON.stringify(text));
});

test('a caller that changes a returned tree does not change the cached run', () => {
  const cache = new BlockParseCache();
  const text = 'Intro.\n\nYear | Rate\n---|---\n2023 | 5%\n';
  assert.deepEqual(runStarts(text), [0, 8]);
  const first = parseByBlocks(text, parse, cache);
  ((first.children?.[1] as TreeNode).align as unknown[]).push('left');
  assert.deepEqual(parseByBlocks(text, parse, cache), parse(text));
});

test('block runs parse to the whole parse: the repository\u2019s Markdown and the pandoc oracle drafts', () => {
  const files = execFileSync('git', ['ls-files', '*.md'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.length >= 10);
  for (const file of files) assertSameTree(readFileSync(file, 'utf8'), file);
});

test('an edit re-parses only the run it touches, and a new definition the runs that refer to it', () => {
  const cache = new BlockParseCache();
  const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} says referrals rose by ${i}%.`);
  parseByBlocks(`${paragraphs.join('\n\n')}\n`, parse, cache);
  assert.equal(cache.parsedRuns, 20);
  paragraphs[7] = 'Paragraph 7 now says referrals fell.';
  const edited = `${paragraphs.join('\n\n')}\n`;
  assert.deepEqual(parseByBlocks(edited, parse, cache), parse(edited));
  assert.equal(cache.parsedRuns, 21);
  // A definition at the end: paragraph 3 and the definition's run are new, paragraph 19's run now ends in a blank
  // line; then the two runs holding a bracket are parsed with the definition appended.
  paragraphs[3] = 'Paragraph 3 cites [the report].';
  const defined = `${paragraphs.join('\n\n')}\n\n[the report]: ./report.pdf\n`;
  assert.deepEqual(parseByBlocks(defined, parse, cache), parse(defined));
  assert.equal(cache.parsedRuns, 21 + 3 + 2);
});

test('where a cut is unsafe the draft is parsed whole', () => {
  assert.equal(runStarts('Text\n\n```\nopen fence\n\nText\n'), undefined);
  assert.equal(runStarts('Text\n\n<!-- open\n\nText\n'), undefined);
  assert.equal(runStarts('- item\n\n  ```\n  code\n```\n\nText\n'), undefined);
  assert.deepEqual(runStarts('One.\n\nTwo.\n\n- three\n\nFour.\n'), [0, 6, 21]);
  assert.deepEqual(runStarts('One.\n\u00a0\nTwo.\n'), [0]);
});

test('parseDraft reads the same model with the cache as without', () => {
  const rnd = seeded(7);
  const cache = new BlockParseCache();
  const texts = [readFileSync('examples/briefing.md', 'utf8'), ...Array.from({ length: 150 }, () => randomDraft(rnd))];
  for (const text of texts) assert.deepEqual(parseDraft(text, cache), parseDraft(text), JSON.stringify(text));
});
