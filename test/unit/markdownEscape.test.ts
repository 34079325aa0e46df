/**
 * Escaping corpus text for Markdown: each input must render (parsed with
 * remark + GFM, as a Markdown renderer would) as exactly its own text, with
 * no link, image, HTML, emphasis, code or autolink node, and never contain
 * a `command:` (or other) URI scheme a linkifier could pick up. Inputs are
 * hostile passages a scraped source could contain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { escapeMarkdown, escapeMarkdownForDraft, isSafeLinkTarget, markdownLink } from '../../server/src/engine/text/markdownEscape.js';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

function nodes(markdown: string): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    for (const c of n.children ?? []) visit(c);
  };
  visit(parser.parse(markdown) as Node);
  return out;
}

/**
 * Nodes other than plain text. GFM turns bare web and e-mail addresses into
 * links after escapes are read (so no escaping prevents it); those can only
 * be http(s) or mailto links, so they are allowed, and nothing else.
 */
function markup(markdown: string): Node[] {
  return nodes(markdown).filter(
    (n) => !['root', 'paragraph', 'text'].includes(n.type) && !(n.type === 'link' && /^(?:https?|mailto):/.test(n.url ?? '')),
  );
}

/** The text a renderer shows: every text node's value, in order. */
function renderedText(markdown: string): string {
  return nodes(markdown)
    .filter((n) => n.type === 'text')
    .map((n) => n.value)
    .join('');
}

const HOSTILE: Array<{ name: string; input: string }> = [
  { name: 'a command link', input: 'Read [click](command:workbench.action.terminal.new) now.' },
  { name: 'a command link with arguments', input: '[run](command:workbench.action.tasks.runTask?%5B%22x%22%5D "title")' },
  { name: 'an HTML image with an event handler', input: 'Figure <img src=x onerror=alert(1)> shows it.' },
  { name: 'a script tag', input: '<script>alert(document.cookie)</script>' },
  { name: 'an autolink to a command', input: 'See <command:workbench.action.terminal.new> here.' },
  { name: 'a reference-style link', input: '[click][1]\n\n[1]: command:workbench.action.terminal.new' },
  { name: 'an image', input: '![alt](https://example.org/x.png)' },
  { name: 'a bare web address', input: 'Visit https://example.org/report or www.example.org today.' },
  { name: 'an e-mail address', input: 'Write to policy@example.org about it.' },
  { name: 'emphasis and strong', input: 'It is *very* __important__ and ~~gone~~.' },
  { name: 'inline code', input: 'Run `rm -rf /` now.' },
  { name: 'a heading marker at the start', input: '# Not a heading' },
  { name: 'a list marker at the start', input: '- not a list' },
  { name: 'an ordered list marker at the start', input: '1. not a list either' },
  { name: 'a blockquote marker at the start', input: '> not a quote' },
  { name: 'a table row', input: '| a | b |' },
  { name: 'an HTML entity', input: 'Fish &amp; chips &lt;b&gt; &#99;ommand:x' },
  { name: 'backslashes', input: 'A path C:\\Users\\x and \\*stars\\*' },
  { name: 'a footnote reference', input: 'Rates rose[^1].' },
  { name: 'a citation', input: 'As [@smith2020] says.' },
  { name: 'a line break in the passage', input: 'first line\n# second line' },
  { name: 'a javascript URL in a link', input: '[x](javascript:alert(1))' },
  { name: 'a setext underline', input: '=====' },
];

for (const { name, input } of HOSTILE) {
  test(`escapeMarkdown renders ${name} as literal text`, () => {
    const escaped = escapeMarkdown(input);
    const found = markup(escaped);
    assert.deepEqual(
      found.map((n) => n.type),
      [],
      `${JSON.stringify(escaped)} renders ${JSON.stringify(found)}`,
    );
    assert.equal(renderedText(escaped), input.replace(/\s*\n\s*/g, ' '));
    assert.doesNotMatch(escaped, /(?:command|javascript):/i);
    assert.doesNotMatch(escaped, /<[a-z!/]/i);
  });

  test(`escapeMarkdownForDraft keeps ${name} literal in a draft`, () => {
    const escaped = escapeMarkdownForDraft(input);
    const found = markup(escaped);
    assert.deepEqual(
      found.map((n) => n.type),
      [],
      `${JSON.stringify(escaped)} renders ${JSON.stringify(found)}`,
    );
    assert.equal(renderedText(escaped), input.replace(/\s*\n\s*/g, ' '));
  });
}

test('the corpus passage from the brief renders as text, and its words survive', () => {
  const passage = 'Councils should [click](command:workbench.action.terminal.new) review <img src=x onerror=alert(1)> placements.';
  const escaped = escapeMarkdown(passage);
  assert.equal(
    escaped,
    'Councils should \\[click\\]\\(command\\:workbench.action.terminal.new\\) review &lt;img src=x onerror=alert\\(1\\)&gt; placements.',
  );
  assert.equal(renderedText(escaped), passage);
});

test('ordinary prose stays readable: letters, digits, full stops, commas and curly quotes untouched', () => {
  const prose = 'Spending rose by 38% in 2019, \u201cwell above\u201d the 2.5 per cent forecast.';
  assert.equal(escapeMarkdown(prose), prose);
  assert.equal(escapeMarkdownForDraft(prose), prose);
});

test('invisible direction overrides and control characters are removed', () => {
  assert.equal(escapeMarkdown('abc\u202Edcba\u0007'), 'abcdcba');
});

const LINKS: Array<{ url: string; safe: boolean }> = [
  { url: 'https://example.org/a', safe: true },
  { url: 'http://example.org/a', safe: true },
  { url: 'file:///tmp/corpus/a.txt#L3', safe: true },
  { url: 'command:workbench.action.terminal.new', safe: false },
  { url: 'javascript:alert(1)', safe: false },
  { url: 'vscode://settings', safe: false },
  { url: 'https://exa mple.org', safe: false },
];

for (const { url, safe } of LINKS) {
  test(`markdownLink ${safe ? 'links' : 'refuses to link'} ${url}`, () => {
    assert.equal(isSafeLinkTarget(url), safe);
    const md = markdownLink('label', url);
    const links = nodes(md).filter((n) => n.type === 'link');
    if (safe)
      assert.deepEqual(
        links.map((l) => l.url),
        [url],
      );
    else {
      assert.deepEqual(links, []);
      assert.doesNotMatch(md, /(?:command|javascript|vscode):/);
    }
  });
}

test('a link target with parentheses stays one link', () => {
  const md = markdownLink('report (2020)', 'https://example.org/a(b).pdf');
  const [link] = nodes(md).filter((n) => n.type === 'link');
  assert.equal(link.url, 'https://example.org/a%28b%29.pdf');
  assert.equal(renderedText(md), 'report (2020)');
});
