/**
 * Text to index terms: lower-cased words, Porter-stemmed (the `stemmer`
 * package), English stop words removed; numbers and percentages kept whole
 * ("1,234" -> "1234", "45%" and "45 per cent" -> "45%") because in policy
 * claims the figure is often the most telling term.
 */
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';

const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*%?/gu;
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Terms in reading order (duplicates kept), for indexing and phrase checks. */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  const raw = text.toLowerCase().match(TOKEN);
  if (!raw) return terms;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i];
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      let number = token.replace(/,(?=\d{3}\b)/g, '');
      if (!number.endsWith('%')) {
        if (raw[i + 1] === 'percent' || (raw[i + 1] === 'per' && raw[i + 2] === 'cent')) {
          number += '%';
          i += raw[i + 1] === 'per' ? 2 : 1;
        }
      }
      terms.push(number);
      continue;
    }
    if (token.length < 2 || STOP_WORDS.has(token)) continue;
    terms.push(stem(token));
  }
  return terms;
}

/**
 * Analysed texts kept. Keyed by the text itself, so an entry can never be
 * stale (analysis is a pure function of the text) and a changed corpus
 * needs no invalidation; the bound only caps memory (about 3 MB full).
 * Sized so one full check of a long draft (a few thousand distinct
 * candidates) fits.
 */
const TERM_MEMO_LIMIT = 20_000;
const termMemo = new Map<string, readonly string[]>();

/**
 * `analyze(text)` of a corpus passage, memoised: every support search's
 * candidates are analysed by the phrase re-rank and again by the support
 * judgement, and the same passages come back for many sentences of a draft.
 * The caller must not change the array.
 */
export function passageTerms(text: string): readonly string[] {
  let terms = termMemo.get(text);
  if (terms === undefined) {
    terms = analyze(text);
    if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
    termMemo.set(text, terms);
  }
  return terms;
}
