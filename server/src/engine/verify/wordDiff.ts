/**
 * Word-level alignment of a quotation against a source window (pure): a
 * scored alignment over words (affine gaps, as in Gotoh's algorithm) in
 * which the whole quotation must be accounted for but the window may be
 * entered and left anywhere (a short quote sits inside a longer passage),
 * and source words between two ellipsis-separated fragments may be skipped
 * for free. The traceback gives the matched count and the differences as
 * runs of changed, added and missing words.
 *
 * Words are compared as integers (the caller interns them), so the O(m * n)
 * table is a few typed-array passes: a 40-word quote against a three-
 * sentence window is ~5,000 cells, microseconds.
 */

export type DiffKind = 'changed' | 'missing' | 'added';

/**
 * A run of differing words: [quoteFrom, quoteTo) of the quote and
 * [sourceFrom, sourceTo) of the window; the side a run lacks ('added' has no
 * source words, 'missing' no quote words) is [-1, -1).
 */
export interface DiffRun {
  kind: DiffKind;
  quoteFrom: number;
  quoteTo: number;
  sourceFrom: number;
  sourceTo: number;
}

export interface WordAlignment {
  /** Quote words equal to the source word they align with. */
  matched: number;
  changed: number;
  added: number;
  missing: number;
  /** changed + added + missing: 0 means the quote is verbatim. */
  cost: number;
  /**
   * anchored / (quote words + missing source words), where `anchored`
   * counts matched quote words whose neighbour in the quote is matched too.
   * The denominator makes a dropped word cost as much as a changed one;
   * counting only anchored matches stops stray "the", "and" in an unrelated
   * stretch from lifting the score, so a sentence that is only half a
   * quotation stays below the misquote line. A one- or two-word quote counts
   * every match.
   */
  similarity: number;
  /** Window words the quote covers, [sourceStart, sourceEnd); both -1 when nothing aligned. */
  sourceStart: number;
  sourceEnd: number;
  diffs: DiffRun[];
}

export interface AlignOptions {
  /** fragmentStart[i]: an ellipsis stands before quote word i, so source words there may be skipped. */
  fragmentStart?: ArrayLike<boolean>;
  /** skippable[j]: source word j (a footnote marker) may be left out of the quote at no cost. */
  skippable?: ArrayLike<boolean>;
}

// Scores (Gotoh's affine gaps, maximised). A match earns more than a gap
// costs to reach it, so "cowed by councillors" against "cowed by managers,
// directors and councillors" reads as three words left out, not as
// "councillors" changed to "managers"; a long jump (5+ words) to reach one
// match loses to a changed word. Ties prefer a changed word, then an added one.
const MATCH = 8;
const MISMATCH = -4;
const OPEN = -8;
const EXTEND = -1;
const NONE = -1e9;

// States: the last step aligned two words (M), added a quote word (X), or passed a source word (Y).
const M = 0;
const X = 1;
const Y = 2;

// Reused between calls: allocation would dominate for small tables. One
// score and one back-pointer (the previous state) per cell and state.
let sM = new Int32Array(4096);
let sX = new Int32Array(4096);
let sY = new Int32Array(4096);
let fM = new Uint8Array(4096);
let fX = new Uint8Array(4096);
let fY = new Uint8Array(4096);

export function alignWords(quote: ArrayLike<number>, source: ArrayLike<number>, options: AlignOptions = {}): WordAlignment {
  const m = quote.length;
  const n = source.length;
  const width = n + 1;
  const size = (m + 1) * width;
  if (sM.length < size) {
    [sM, sX, sY] = [new Int32Array(size * 2), new Int32Array(size * 2), new Int32Array(size * 2)];
    [fM, fX, fY] = [new Uint8Array(size * 2), new Uint8Array(size * 2), new Uint8Array(size * 2)];
  }
  const { fragmentStart, skippable } = options;
  // Rows where passing source words is free: before the quote starts, after
  // it ends (local alignment), and at each ellipsis.
  const freeRow = (i: number) => i === 0 || i === m || (fragmentStart !== undefined && fragmentStart[i] === true);
  const skip = new Uint8Array(n);
  for (let j = 0; j < n; j++) skip[j] = skippable !== undefined && skippable[j] === true ? 1 : 0;
  /** State with the best score at cell k; ties prefer M, then X. */
  const bestState = (k: number) => (sM[k] >= sX[k] ? (sM[k] >= sY[k] ? M : Y) : sX[k] >= sY[k] ? X : Y);

  for (let i = 0; i <= m; i++) {
    const free = freeRow(i);
    const row = i * width;
    const q = i > 0 ? quote[i - 1] : -2;
    for (let j = 0; j <= n; j++) {
      const k = row + j;
      sM[k] = sX[k] = sY[k] = NONE;
      if (i === 0 && j === 0) {
        sY[k] = 0;
        continue;
      }
      if (i > 0 && j > 0) {
        const d = k - width - 1;
        const state = bestState(d);
        sM[k] = (state === M ? sM[d] : state === X ? sX[d] : sY[d]) + (q === source[j - 1] ? MATCH : MISMATCH);
        fM[k] = state;
      }
      if (i > 0) {
        const u = k - width;
        let score = sM[u] + OPEN;
        let state = M;
        if (sX[u] + EXTEND > score) {
          score = sX[u] + EXTEND;
          state = X;
        }
        if (sY[u] + OPEN > score) {
          score = sY[u] + OPEN;
          state = Y;
        }
        sX[k] = score;
        fX[k] = state;
      }
      if (j > 0) {
        const l = k - 1;
        if (free || skip[j - 1] === 1) {
          const state = bestState(l);
          sY[k] = state === M ? sM[l] : state === X ? sX[l] : sY[l];
          fY[k] = state;
        } else {
          let score = sM[l] + OPEN;
          let state = M;
          if (sX[l] + OPEN > score) {
            score = sX[l] + OPEN;
            state = X;
          }
          if (sY[l] + EXTEND > score) {
            score = sY[l] + EXTEND;
            state = Y;
          }
          sY[k] = score;
          fY[k] = state;
        }
      }
    }
  }

  // Traceback from the bottom-right corner, collecting one op per step.
  type Op = { kind: 'match' | DiffKind | 'skip'; q: number; s: number };
  const ops: Op[] = [];
  let i = m;
  let j = n;
  let state = bestState(m * width + n);
  while (i > 0 || j > 0) {
    const k = i * width + j;
    const previous = state === M ? fM[k] : state === X ? fX[k] : fY[k];
    if (state === M) {
      ops.push({ kind: quote[i - 1] === source[j - 1] ? 'match' : 'changed', q: i - 1, s: j - 1 });
      i--;
      j--;
    } else if (state === X) {
      ops.push({ kind: 'added', q: i - 1, s: -1 });
      i--;
    } else {
      if (i !== 0 && i !== m) ops.push({ kind: freeRow(i) || skippable?.[j - 1] === true ? 'skip' : 'missing', q: -1, s: j - 1 });
      j--;
    }
    state = i === 0 ? Y : j === 0 ? X : previous;
  }
  ops.reverse();

  let matched = 0,
    changed = 0,
    added = 0,
    missing = 0;
  let sourceStart = -1,
    sourceEnd = -1;
  const diffs: DiffRun[] = [];
  let open: DiffRun | undefined;
  for (const op of ops) {
    if (op.kind === 'match') matched++;
    else if (op.kind === 'changed') changed++;
    else if (op.kind === 'added') added++;
    else if (op.kind === 'missing') missing++;
    if (op.kind === 'match' || op.kind === 'changed' || op.kind === 'missing') {
      if (sourceStart < 0) sourceStart = op.s;
      sourceEnd = op.s + 1;
    }
    if (op.kind === 'match' || op.kind === 'skip') {
      open = undefined;
      continue;
    }
    // Adjacent differences form one run; one with words on both sides is a change
    // ("do not" where the source has "don't", not "do" added plus "not" changed).
    if (!open) diffs.push((open = { kind: op.kind, quoteFrom: -1, quoteTo: -1, sourceFrom: -1, sourceTo: -1 }));
    if (op.q >= 0) {
      if (open.quoteFrom < 0) open.quoteFrom = op.q;
      open.quoteTo = op.q + 1;
    }
    if (op.s >= 0) {
      if (open.sourceFrom < 0) open.sourceFrom = op.s;
      open.sourceTo = op.s + 1;
    }
    if (open.kind !== op.kind) open.kind = 'changed';
  }
  const cost = changed + added + missing;
  // A match is anchored when the quote word before or after it is also matched
  // (source words passed in between do not matter: they count as missing).
  const kinds = ops.filter((op) => op.q >= 0).map((op) => op.kind);
  let anchored = 0;
  kinds.forEach((kind, k) => {
    if (kind === 'match' && (m <= 2 || kinds[k - 1] === 'match' || kinds[k + 1] === 'match')) anchored++;
  });
  const similarity = m === 0 ? 0 : anchored / (m + missing);
  return { matched, changed, added, missing, cost, similarity, sourceStart, sourceEnd, diffs };
}
