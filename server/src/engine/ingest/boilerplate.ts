/**
 * Keeps junk out of passages without moving a single offset: web-page chrome
 * ("Comments are closed.", "Log Out / Change )"), slide-host furniture, and
 * the running headers, footers and page numbers of PDF-derived text are
 * masked with spaces in the content view. The file text is untouched.
 */

/** Whole lines that are page chrome wherever they appear. */
const CHROME_LINES: RegExp[] = [
  /^comments are closed\.?$/i,
  /^comments can be added here\.?$/i,
  /^leave a (reply|comment)\.?$/i,
  /^(share|like) this:?$/i,
  /^(loading\.\.\.|related|menu|search|all|\||home|print|back to top|skip to (main )?content)$/i,
  /^fill in your details below or click an icon to log in:?$/i,
  /^you are commenting using your .{1,40} account\..*$/i,
  /^connecting to %s$/i,
  /^this site uses akismet to reduce spam\..*$/i,
  /^(wordpress\.com logo|facebook photo|twitter picture|google photo)$/i,
  /^notify me of (new comments|new posts).*$/i,
  /^(post was not sent|email check failed).*$/i,
  /^(smart_reader_lite|live preview)$/i,
  /^slide[- ]\d+$/i,
  /^.{0,200} - - powerpoint ppt presentation$/i,
  /^read the (full )?report in full:?.*$/i,
  /^browse categories$/i,
  /^news & jobs.*$/i,
  /^(accept|reject)( all)? cookies.*$/i,
  /^(subscribe|follow us|sign up)( to| on| for)?\b.{0,60}$/i,
  /^source:\s.*$/i,
  /^(email|e-mail|twitter|tel|telephone|phone):\s*\S.*$/i,
  /^https?:\/\/\S+$/i,
  /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/** Phrases of chrome that sit inside a line of real text (scraped pages flatten). */
const CHROME_PHRASES: RegExp[] = [/\bComments are closed\./g, /\bSource:\s*https?:\/\/\S+/g, /\bLog Out \/\s*Change \)/g];

export function maskChrome(chars: string[], content: string): void {
  forEachLine(content, (start, end) => {
    const line = content
      .slice(start, end)
      .replace(/\u0000/g, '')
      .trim();
    if (line.length > 0 && line.length < 400 && CHROME_LINES.some((re) => re.test(line))) mask(chars, start, end);
  });
  for (const re of CHROME_PHRASES) {
    re.lastIndex = 0;
    for (const m of content.matchAll(re)) mask(chars, m.index, m.index + m[0].length);
  }
}

/**
 * Running headers and footers: lines near a page's top or bottom that recur
 * (digits ignored) on many pages. Pages are form-feed separated, as pdftotext
 * and our PDF reader write them.
 */
export function maskPageFurniture(chars: string[], content: string): void {
  const pageStarts = [0];
  for (let i = content.indexOf('\f'); i !== -1; i = content.indexOf('\f', i + 1)) pageStarts.push(i + 1);
  if (pageStarts.length < 3) return;
  const edgeLines: Array<{ key: string; start: number; end: number }[]> = [];
  for (let p = 0; p < pageStarts.length; p++) {
    const from = pageStarts[p];
    const to = p + 1 < pageStarts.length ? pageStarts[p + 1] - 1 : content.length;
    const lines: Array<{ key: string; start: number; end: number }> = [];
    forEachLine(content.slice(from, to), (s, e, line) => {
      const trimmed = line.trim();
      if (trimmed) lines.push({ key: furnitureKey(trimmed), start: from + s, end: from + e });
    });
    edgeLines.push(lines.length <= 8 ? lines : [...lines.slice(0, 4), ...lines.slice(-4)]);
  }
  const pagesWithKey = new Map<string, number>();
  for (const lines of edgeLines) {
    for (const key of new Set(lines.map((l) => l.key))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(edgeLines.length * 0.3));
  for (const lines of edgeLines) {
    for (const line of lines) {
      if ((pagesWithKey.get(line.key) ?? 0) >= threshold || /^#$/.test(line.key)) mask(chars, line.start, line.end);
    }
  }
}

function furnitureKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

function mask(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c !== '\n' && c !== '\r' && c !== '\f') chars[i] = ' ';
  }
}

function forEachLine(text: string, fn: (start: number, end: number, line: string) => void): void {
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && text[end] !== '\f') end++;
    fn(start, end, text.slice(start, end));
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
}
