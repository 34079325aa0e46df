/**
 * The quotation checker: is a quoted passage in a draft the source's exact
 * words, a near miss (misquote), or not in the corpus at all?
 *
 * Candidates come from the passage index: Corpus.search with the quote's
 * five rarest words (and, if that finds nothing near, the next five), not
 * the whole quote, which costs several times more on a large corpus. Each
 * hit opens the windows of up to three consecutive sentences that contain
 * it, because a quote may run across sentence (and, in PDF text, line-block)
 * boundaries. Each window is aligned word by word (wordDiff.ts) after
 * folding quotes, dashes, case and white space (quoteText.ts); the best
 * window decides:
 * - 'exact': every quote word matches in order, with source words skipped
 *   only where the quote has an ellipsis (or for footnote markers);
 * - 'misquote': similarity >= 0.65 with at least 3 words matched: the
 *   source's wording, place and a word diff are reported;
 * - 'not-found': nothing reaches that. Quotes of stop words only ("to be
 *   or not to be") have no index terms and are never found.
 * Square-bracketed editorial insertions ("[the council]") are compared like
 * any other words, so they show as differences (flagged `editorial`): the
 * checker cannot tell a faithful clarification from a changed word.
 */
import type { Range, Sentence, SourceDocument } from '../types.js';
import type { Corpus } from '../corpus/corpus.js';
import { sentenceStartingAt } from '../corpus/cacheCodec.js';
import { fileSpan, inBrackets, quoteWords, searchQueries, tokenize, type Token } from './quoteText.js';
import { alignWords, type DiffKind, type WordAlignment } from './wordDiff.js';

export type QuoteStatus = 'exact' | 'misquote' | 'not-found';

export interface QuoteDifference {
  kind: DiffKind;
  /** The quote's words as typed ('changed', 'added'). */
  quote?: string;
  /** The source's words verbatim ('changed', 'missing'). */
  source?: string;
  /** The quote's words are inside square brackets: an editorial insertion. */
  editorial?: boolean;
}

/** The verdict on one quotation. Location fields are set for 'exact' and 'misquote'. */
export interface QuoteCheck {
  status: QuoteStatus;
  /**
   * Of the best alignment, 0..1: matched words that sit next to another
   * matched word / (quote words + source words the quote leaves out); see
   * WordAlignment. For 'not-found', that of the closest window aligned.
   */
  similarity: number;
  sourceId?: string;
  file?: string;
  title?: string;
  page?: number;
  /** Indices of the source sentences the matched span touches (1 to 3, consecutive). */
  sentences?: number[];
  /**
   * UTF-16 offsets of the matched span itself in the file (not of the whole
   * sentences): from the first to the last source word the quote aligns with.
   */
  start?: number;
  end?: number;
  /** LSP range of [start, end). */
  range?: Range;
  /** The source's wording of that span, verbatim (sentence text, so white space normalised). */
  sourceText?: string;
  differences: QuoteDifference[];
  /** One line for a diagnostic. */
  message: string;
}

export interface VerifyOptions {
  /** Only these sources (citation keys) count, e.g. those the draft cites next to the quote. */
  sourceIds?: ReadonlySet<string>;
  /** How many of the quote's rarest terms make one index query (default 5; 0 = the whole quote). For tuning. */
  queryTerms?: number;
}

/** Below this share of agreeing words a "match" is coincidence (bench/quotes.ts calibrates it). */
const MISQUOTE_THRESHOLD = 0.65;
/** Two shared words prove nothing; a misquote must share at least this many. */
const MIN_MATCHED = 3;
/** First-stage hits to open windows around. */
const CANDIDATES = 20;
/**
 * The index scores every posting of every query term, so a whole 30-word
 * quote full of "children" and "services" costs ~7 ms (p95 ~17 ms) on the
 * 33 MB corpus; its 5 rarest terms find the same passages (same recall on
 * 400 sentences) in ~1.5 ms (p95 ~4 ms), measured on a busy 2-core machine.
 * 4 terms lose a little recall, 6 cost more (bench/quotes.ts).
 */
const QUERY_TERMS = 5;
/** A quote may run over this many consecutive sentences. */
const WINDOW = 3;

interface Words {
  tokens: Token[];
  /** Quote-vocabulary id of each token; -1 for words the quote does not have. */
  ids: Int32Array;
}

interface Window {
  doc: SourceDocument;
  first: number;
  rank: number;
  sentences: Sentence[];
  words: Words[];
  /** Upper bound on similarity, from which of the quote's words the window has at all. */
  bound: number;
}

/** The quote's words interned: ids 0..k-1, how often each occurs, and the quote as ids. */
interface QuoteVocabulary {
  ids: Map<string, number>;
  counts: Int32Array;
  sequence: Int32Array;
}

export function verifyQuote(corpus: Corpus, quote: string, options: VerifyOptions = {}): QuoteCheck {
  const words = quoteWords(quote);
  const m = words.tokens.length;
  if (m === 0) return { status: 'not-found', similarity: 0, differences: [], message: 'the quotation has no words to check' };

  // Intern the quote's words; source words outside the quote get -1 and never match.
  const ids = new Map<string, number>();
  const quoteIds = Int32Array.from(words.tokens, (t) => {
    let id = ids.get(t.norm);
    if (id === undefined) ids.set(t.norm, (id = ids.size));
    return id;
  });
  const vocabulary: QuoteVocabulary = { ids, counts: new Int32Array(ids.size), sequence: quoteIds };
  for (const id of quoteIds) vocabulary.counts[id]++;

  // The second query (the next-rarest words) runs only if the first found nothing near.
  const queries = searchQueries(quote, words.tokens, (term) => corpus.termWeight(term), options.queryTerms ?? QUERY_TERMS);
  let best: { window: Window; alignment: WordAlignment } | undefined;
  const needMore = () => !best || best.alignment.similarity < MISQUOTE_THRESHOLD;
  // Windows in search-rank order, each aligned only if its bound can beat the
  // best so far; ties go to the better-ranked window. An exact match ends it,
  // so a verbatim quote usually costs one hit's windows.
  for (const window of candidateWindows(corpus, queries, needMore, options.sourceIds, vocabulary)) {
    if (window.bound <= (best?.alignment.similarity ?? -1)) continue;
    if (best && window.bound < MISQUOTE_THRESHOLD) continue;
    const alignment = alignWords(quoteIds, concatIds(window.words), {
      fragmentStart: words.fragmentStart,
      skippable: window.words.flatMap((w) => w.tokens.map((t) => t.footnote === true)),
    });
    if (!best || alignment.similarity > best.alignment.similarity) best = { window, alignment };
    if (alignment.cost === 0) break;
  }

  const scope = options.sourceIds
    ? `the cited source${options.sourceIds.size === 1 ? '' : 's'} (${[...options.sourceIds].join(', ')})`
    : 'the corpus';
  if (!best) return { status: 'not-found', similarity: 0, differences: [], message: `not found in ${scope}` };
  const { window, alignment } = best;
  const similarity = Math.round(alignment.similarity * 1000) / 1000;
  const exact = alignment.cost === 0 && alignment.matched === m;
  if (!exact && (alignment.similarity < MISQUOTE_THRESHOLD || alignment.matched < MIN_MATCHED)) {
    return { status: 'not-found', similarity, differences: [], message: `not found in ${scope}` };
  }
  return located(corpus, quote, words.tokens, window, alignment, exact, similarity);
}

/**
 * Windows of up to WINDOW consecutive sentences around each first-stage hit,
 * each once, in hit order and only as the caller asks for them: sentences
 * are tokenised once per call, and not at all after an exact match.
 */
function* candidateWindows(
  corpus: Corpus,
  queries: readonly string[],
  needMore: () => boolean,
  sourceIds: ReadonlySet<string> | undefined,
  vocabulary: QuoteVocabulary,
): Generator<Window> {
  const seen = new Set<string>();
  const cache = new Map<Sentence, Words>();
  const wordsOf = (s: Sentence): Words => {
    let w = cache.get(s);
    if (!w) {
      const tokens = tokenize(s.text);
      const ids = new Int32Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) ids[k] = vocabulary.ids.get(tokens[k].norm) ?? -1;
      cache.set(s, (w = { tokens, ids }));
    }
    return w;
  };
  const counts = new Int32Array(vocabulary.counts.length);
  let rank = 0;
  for (const query of queries) {
    if (rank > 0 && !needMore()) return;
    for (const hit of corpus.search(query, CANDIDATES, sourceIds)) yield* hitWindows(hit, rank++);
  }

  function* hitWindows(hit: { sourceId: string; start: number }, rank: number): Generator<Window> {
    const doc = corpus.document(hit.sourceId);
    // Through the sentence access, so only the window's sentences are decoded, not the whole document's.
    const access = doc && corpus.sentenceAccess(doc.sourceId);
    const at = access ? sentenceStartingAt(access, hit.start) : -1;
    if (!doc || !access || at < 0) return;
    for (let first = Math.max(0, at - WINDOW + 1); first <= at; first++) {
      const key = `${doc.sourceId}\u0000${first}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sentences: Sentence[] = [];
      // In file order only: a quote's place is one span of the file, which a window across a column break is not.
      for (let i = first; i < Math.min(access.count, first + WINDOW); i++) {
        if (i > first && access.startOf(i) < access.startOf(i - 1)) break;
        sentences.push(access.sentence(i));
      }
      const words = sentences.map(wordsOf);
      // Bound: quote words the window has (at most as often as the quote has
      // them) and, since only anchored matches count, whose quote neighbour
      // it has too.
      counts.fill(0);
      let shared = 0;
      for (const w of words) for (const id of w.ids) if (id >= 0 && counts[id]++ < vocabulary.counts[id]) shared++;
      const q = vocabulary.sequence;
      let anchorable = 0;
      for (let i = 0; i < q.length; i++) {
        if (counts[q[i]] > 0 && (q.length <= 2 || (i > 0 && counts[q[i - 1]] > 0) || (i + 1 < q.length && counts[q[i + 1]] > 0)))
          anchorable++;
      }
      yield { doc, first, rank, sentences, words, bound: Math.min(shared, anchorable) / q.length };
    }
  }
}

function concatIds(words: readonly Words[]): Int32Array {
  const out = new Int32Array(words.reduce((n, w) => n + w.ids.length, 0));
  words.reduce((at, w) => (out.set(w.ids, at), at + w.ids.length), 0);
  return out;
}

/** The verdict with the source's wording, location and word differences. */
function located(
  corpus: Corpus,
  quote: string,
  quoteTokens: Token[],
  window: Window,
  alignment: WordAlignment,
  exact: boolean,
  similarity: number,
): QuoteCheck {
  const { doc } = window;
  // The window as one text (sentences joined by a space) and its words with offsets into it.
  const text = window.sentences.map((s) => s.text).join(' ');
  const tokens: Token[] = [];
  let shift = 0;
  window.words.forEach((w, k) => {
    for (const t of w.tokens) tokens.push({ ...t, start: t.start + shift, end: t.end + shift });
    shift += window.sentences[k].text.length + 1;
  });
  const from = tokens[alignment.sourceStart].start;
  const to = tokens[alignment.sourceEnd - 1].end;
  const { start, end, touched } = fileSpan(doc.text, window.sentences, from, to);
  const first = window.sentences.find((s) => s.index === touched[0]);
  const quoteSpan = (a: number, b: number) => quote.slice(quoteTokens[a].start, quoteTokens[b - 1].end);
  const differences: QuoteDifference[] = alignment.diffs.map((d) => {
    const diff: QuoteDifference = { kind: d.kind };
    if (d.quoteFrom >= 0) diff.quote = quoteSpan(d.quoteFrom, d.quoteTo);
    if (d.sourceFrom >= 0) diff.source = text.slice(tokens[d.sourceFrom].start, tokens[d.sourceTo - 1].end);
    if (d.quoteFrom >= 0 && inBrackets(quote, quoteTokens[d.quoteFrom].start, quoteTokens[d.quoteTo - 1].end)) diff.editorial = true;
    return diff;
  });
  const check: QuoteCheck = {
    status: exact ? 'exact' : 'misquote',
    similarity,
    sourceId: doc.sourceId,
    file: doc.file,
    sentences: touched,
    start,
    end,
    sourceText: text.slice(from, to),
    differences,
    message: exact ? `quoted exactly from ${doc.sourceId}` : `differs from the source: ${differences.map(describe).join('; ')}`,
  };
  if (doc.metadata.title) check.title = doc.metadata.title;
  if (first?.page !== undefined) check.page = first.page;
  const lines = corpus.lineIndex(doc.sourceId);
  if (lines) check.range = lines.rangeOf(start, end);
  return check;
}

function describe(d: QuoteDifference): string {
  const note = d.editorial ? ' (an editorial insertion in square brackets)' : '';
  if (d.kind === 'changed') return `"${d.quote}"${note} where the source has "${d.source}"`;
  if (d.kind === 'added') return `"${d.quote}"${note} is not in the source`;
  return `the quote leaves out "${d.source}"`;
}
