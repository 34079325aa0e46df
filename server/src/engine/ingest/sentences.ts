/**
 * Sentence segmentation with `Intl.Segmenter`, plus the repairs it needs on
 * real policy text: it splits after abbreviations ("Dr.", "p.", "No.",
 * initials) and it is slow on very long strings, so blocks are fed in
 * bounded chunks. Returns trimmed [start, end) offsets into the content.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a sentence never ends. */
const ALWAYS_JOIN =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Cllr|Hon|Rev|Sr|Jr|No|Nos|p|pp|para|paras|fig|figs|vol|ch|sec|cf|vs|viz|e\.g|i\.e|ref|approx)\.$/;
/**
 * A single capital and a full stop is an initial ("J. Smith", "Barlow, J.")
 * when it opens the piece or follows a comma, another initial or a title;
 * after an ordinary word ("Annex A.") it may well end the sentence.
 */
const INITIAL = /(?:^|(?:^|[\s(])(?:[A-Z]\.|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)\s+|,\s*)[A-Z]\.$/;
/** Abbreviations that may end a sentence: join only if the next piece does not start one. */
const MAYBE_JOIN = /(?:^|[\s(])(?:etc|al|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|est|incl|govt|dept)\.$/i;
/** Past this, ICU's segmenter slows down sharply; chunk at a likely boundary. */
const CHUNK = 8000;

export function segmentSentences(content: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let at = start; at < end;) {
    let to = Math.min(end, at + CHUNK);
    if (to < end) {
      const window = content.slice(at, to);
      // Prefer a full stop, then a line break, then any space: taking the
      // latest of the three (as this once did) nearly always cut mid-sentence.
      const cut = [window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((c) => c > CHUNK / 4);
      if (cut !== undefined) to = at + cut + 1;
    }
    // Line breaks are paragraph separators to ICU; inside a block they are not.
    const flat = content.slice(at, to).replace(/[\r\n\f\t\u000b]/g, ' ');
    for (const seg of segmenter.segment(flat)) pieces.push([at + seg.index, at + seg.index + seg.segment.length]);
    at = to;
  }
  return repair(
    content,
    pieces.map(([s, e]) => trim(content, s, e)).filter(([s, e]) => e > s),
  );
}

function repair(content: string, pieces: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && shouldJoin(content.slice(last[0], last[1]), content.slice(piece[0], Math.min(piece[1], piece[0] + 3)))) {
      last[1] = piece[1];
    } else out.push([piece[0], piece[1]]);
  }
  return out;
}

function shouldJoin(previous: string, nextStart: string): boolean {
  const prev = previous.replace(/\u0000/g, '');
  const next = nextStart.replace(/\u0000/g, '');
  if (ALWAYS_JOIN.test(prev) || INITIAL.test(prev)) return true;
  if (/(?:^|\s)[A-Z]\.$/.test(prev) && /^[A-Z]\.(?:\s|$)/.test(next)) return true;
  // ICU splitting before a lower-case word is almost always an unknown abbreviation.
  if (/^\p{Ll}/u.test(next) && !/[!?]$/.test(prev)) return true;
  return /^[\d(]/.test(next) && (MAYBE_JOIN.test(prev) || /(?:^|\s)[A-Z]\.$/.test(prev));
}

function trim(content: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isBlank(content.charCodeAt(s))) s++;
  while (e > s && isBlank(content.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isBlank(code: number): boolean {
  return code === 0 || code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0xfeff;
}
