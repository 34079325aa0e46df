/**
 * Escaping untrusted text for Markdown. Corpus documents are scraped pages
 * and PDFs: any of them may contain `[click](command:...)`, `<img onerror=...>`
 * or an autolink, and editors render hover and completion Markdown, where a
 * `command:` link runs a command. So every character of corpus text (and of
 * its metadata) that Markdown could read as syntax is escaped, and what we
 * render stays the literal text, whatever the renderer's trust settings.
 *
 * Two strengths:
 * GFM renderers also turn bare `https://…`, `www.…` and e-mail addresses
 * into links after escapes are read; those can only be http(s) or mailto
 * links, so they are left as they are.
 *
 * - `escapeMarkdown` for what the editor renders (hovers, documentation):
 *   every ASCII punctuation character Markdown gives meaning to anywhere in
 *   a line is backslash-escaped (". = 1." only where they open the text), `&`, `<` and `>` become entities (so no HTML tag and
 *   no entity survives), and `:` is escaped too so no text can form a URI
 *   scheme (`command:`, `javascript:`) for a linkifier to pick up.
 * - `escapeMarkdownForDraft` for text Sourced writes into the user's own
 *   draft (a references list): only the characters that would change what
 *   the draft means, so the draft stays readable as plain text.
 */

/** Markdown-significant ASCII punctuation, escaped with a backslash when rendered. */
const RENDER_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~:@$^]/g;
/** What changes a draft's meaning: emphasis, links, code, HTML, citations, tables. */
const DRAFT_PUNCTUATION = /[\\`*_[\]<>|@~&]/g;
/** Bidirectional overrides and other invisible controls that could disguise text. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Untrusted text as literal Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(RENDER_PUNCTUATION, (c) => `\\${c}`)
      .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      // "1." or "=" opening a line would start a list or underline a heading.
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/^(\s*)=/, '$1\\=')
  );
}

/** Untrusted text for the user's Markdown draft: literal, still readable. */
export function escapeMarkdownForDraft(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(DRAFT_PUNCTUATION, (c) => `\\${c}`)
      // A leading "#", "-", "+", ">" or "1." would start a heading, list or quote.
      .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) => `${space}${mark.replace(/([#+\-.)])/, '\\$1')}`)
  );
}

/**
 * A Markdown link whose target we trust only for safe schemes (http, https,
 * file). Anything else (`command:`, `javascript:`, `vscode:`) is shown as
 * escaped text and never becomes a link.
 */
export function markdownLink(label: string, url: string): string {
  if (!isSafeLinkTarget(url)) return escapeMarkdown(label === url ? url : `${label} (${url})`);
  return `[${escapeMarkdown(label)}](${encodeLinkTarget(url)})`;
}

export function isSafeLinkTarget(url: string): boolean {
  return /^(?:https?|file|sourced-source):\/\/[^\s]*$/i.test(url.trim());
}

/** Percent-encodes what would end or confuse a Markdown link destination. */
function encodeLinkTarget(url: string): string {
  return url.trim().replace(/[\s()<>\\`"'[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
