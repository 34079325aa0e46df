/**
 * Word-level alignment of a quotation against a source window (pure): an
 * edit distance over words in which the whole quotation must be accounted
 * for but the window may be entered and left anywhere (a short quote sits
 * inside a longer passage), and source words between two ellipsis-separated
 * fragments may be skipped for free. The traceback gives the matched count
 * and the differences as runs of changed, added and missing words.
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
   * matched / (quote words + missing source words): the share of aligned
   * columns that agree, so a dropped word lowers it as a changed one does.
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

const DIAG = 1;
const UP = 2; // quote word with no source counterpart: added
const LEFT = 3; // source word with no quote counterpart: missing (or skipped)

// Reused between calls: allocation would dominate for small tables.
let costs = new Int32Array(4096);
let moves = new Uint8Array(4096);

export function alignWords(quote: ArrayLike<number>, source: ArrayLike<number>, options: AlignOptions = {}): WordAlignment {
  const m = quote.length;
  const n = source.length;
  const width = n + 1;
  const size = (m + 1) * width;
  if (costs.length < size) {
    costs = new Int32Array(size * 2);
    moves = new Uint8Array(size * 2);
  }
  const { fragmentStart, skippable } = options;
  // Rows where moving along the source is free: before the quote starts,
  // after it ends (local alignment), and at each ellipsis.
  const freeRow = (i: number) => i === 0 || i === m || (fragmentStart !== undefined && fragmentStart[i] === true);

  for (let j = 0; j <= n; j++) {
    costs[j] = 0;
    moves[j] = LEFT;
  }
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const prev = row - width;
    const free = freeRow(i);
    const q = quote[i - 1];
    costs[row] = costs[prev] + 1;
    moves[row] = UP;
    for (let j = 1; j <= n; j++) {
      // Ties prefer a diagonal (a changed word over an added plus a missing one), then UP.
      let best = costs[prev + j - 1] + (q === source[j - 1] ? 0 : 1);
      let move = DIAG;
      const up = costs[prev + j] + 1;
      if (up < best) { best = up; move = UP; }
      const left = costs[row + j - 1] + (free || (skippable !== undefined && skippable[j - 1] === true) ? 0 : 1);
      if (left < best) { best = left; move = LEFT; }
      costs[row + j] = best;
      moves[row + j] = move;
    }
  }

  // Traceback from the bottom-right corner, collecting one op per step.
  type Op = { kind: 'match' | DiffKind | 'skip'; q: number; s: number };
  const ops: Op[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const move = i === 0 ? LEFT : j === 0 ? UP : moves[i * width + j];
    if (move === DIAG) {
      ops.push({ kind: quote[i - 1] === source[j - 1] ? 'match' : 'changed', q: i - 1, s: j - 1 });
      i--; j--;
    } else if (move === UP) {
      ops.push({ kind: 'added', q: i - 1, s: -1 });
      i--;
    } else {
      if (i !== 0 && i !== m) ops.push({ kind: freeRow(i) || skippable?.[j - 1] === true ? 'skip' : 'missing', q: -1, s: j - 1 });
      j--;
    }
  }
  ops.reverse();

  let matched = 0, changed = 0, added = 0, missing = 0;
  let sourceStart = -1, sourceEnd = -1;
  const diffs: DiffRun[] = [];
  for (const op of ops) {
    if (op.kind === 'match') matched++;
    else if (op.kind === 'changed') changed++;
    else if (op.kind === 'added') added++;
    else if (op.kind === 'missing') missing++;
    if (op.kind === 'match' || op.kind === 'changed' || op.kind === 'missing') {
      if (sourceStart < 0) sourceStart = op.s;
      sourceEnd = op.s + 1;
    }
    if (op.kind === 'match' || op.kind === 'skip') continue;
    // Adjacent differences of one kind form one run ("rose sharply" -> "fell" stays two runs: changed, added).
    const last = diffs[diffs.length - 1];
    const qEnd = op.q >= 0 ? op.q + 1 : -1;
    const sEnd = op.s >= 0 ? op.s + 1 : -1;
    if (last && last.kind === op.kind && (op.q < 0 || last.quoteTo === op.q) && (op.s < 0 || last.sourceTo === op.s)) {
      if (qEnd >= 0) last.quoteTo = qEnd;
      if (sEnd >= 0) last.sourceTo = sEnd;
    } else {
      diffs.push({
        kind: op.kind,
        quoteFrom: op.q,
        quoteTo: qEnd,
        sourceFrom: op.s,
        sourceTo: sEnd,
      });
    }
  }
  const cost = changed + added + missing;
  const similarity = m === 0 ? 0 : matched / (m + missing);
  return { matched, changed, added, missing, cost, similarity, sourceStart, sourceEnd, diffs };
}
