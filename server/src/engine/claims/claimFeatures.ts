/**
 * The check-worthiness featurizer: one sentence → a sparse feature vector
 * (feature name → value). Shared by the offline trainer
 * (tools/train-checkworthiness.ts) and the run-time scorer
 * (checkworthiness.ts), so the model is always applied to exactly the
 * features it was trained on; the options used at training time are stored
 * in the model file and passed back here at run time.
 *
 * Pure (no I/O) and deterministic: the same sentence and options always give
 * the same features in the same order.
 *
 * Three blocks of features:
 *  - words ("w:" unigrams, "b:" bigrams, "t:" trigrams) over a lower-cased
 *    token stream in which contractions are split ("don't" → "do not") and
 *    numbers become one of a few placeholders (<num>, <year>), because the
 *    presence and kind of a figure matters for check-worthiness while the
 *    particular figure does not; each number's shape ("$d,ddd", "d%") is
 *    kept as its own feature;
 *  - character n-grams ("c:") over the lower-cased text with digits folded
 *    to 0, which catch morphology (past tenses, "-est", "-er than") and
 *    spelling variants the word features miss;
 *  - hand features ("h:") for the cues the literature on claim detection
 *    reports: figures, percentages, money, years, comparatives and
 *    superlatives, trend verbs, causal words, attributions, first-person
 *    opinion, questions, recommendations, imperatives, length.
 *  - word shapes ("p:" n-grams) over a topic-free view of the sentence:
 *    function words as themselves, every other word as its shape (a
 *    capitalised name, an acronym, an -ed / -ing / -ly / -s ending), numbers
 *    by kind; they carry tense, attribution and quantity without the
 *    debate topics the word block learns, so they transfer to new subjects.
 * Each block is scaled to unit L2 norm (when `blockNorm` is on) so that a
 * long sentence, with many n-grams, does not get a larger score just for
 * being long; length is a hand feature instead.
 */
import { wordShapes } from './wordShapes.js';

export interface FeatureOptions {
  /** Longest word n-gram (0 = no word block, 1 = unigrams only, 2 = + bigrams, 3 = + trigrams). */
  wordNgrams: number;
  /** Character n-gram lengths [min, max], or null for none. */
  charNgrams: [number, number] | null;
  /** Include the hand-written cue features. */
  hand: boolean;
  /** Scale each block (words, chars, hand) to unit L2 norm. */
  blockNorm: boolean;
  /**
   * Longest n-gram over the word-shape sequence (see wordShapes), 0 or
   * absent for none. Shapes keep grammar (function words, tense and
   * number endings, figures, capitalised names) and drop the topic words.
   */
  shapeNgrams?: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgrams: 2,
  charNgrams: [3, 5],
  hand: true,
  blockNorm: true,
};

/** Placeholders a number token becomes in the word stream. */
export const NUM = '<num>';
export const YEAR = '<year>';

/** Typographic variants folded to ASCII so "don’t" and "don't" are one word. */
export function normalizeText(sentence: string): string {
  return sentence
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Contraction endings → the word they stand for. "'s" stays as itself: it is
// "is", "has" or a possessive, and the model can learn what it means from context.
const CONTRACTION_SUFFIX: Record<string, string> = {
  "n't": 'not',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'m": 'am',
  "'d": 'would',
  "'s": "'s",
};
const IRREGULAR_NOT: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  cannot: ['can', 'not'],
};

// A token: a number (with optional currency, thousands separators, decimals,
// and a % or scale suffix), a word (with internal apostrophes or hyphens), or
// one significant punctuation mark.
const TOKEN_RE = /[$£€]?\d+(?:[.,]\d+)*(?:%|st\b|nd\b|rd\b|th\b|s\b|m\b|bn\b|k\b)?|[a-z]+(?:['-][a-z]+)*|[?!%$£€]/g;

export interface NumberToken {
  /** The token as it appears (lower-cased). */
  raw: string;
  /** d for each digit run char, currency and suffix kept: "$d,ddd", "d%". */
  shape: string;
  isYear: boolean;
  isPercent: boolean;
  isMoney: boolean;
}

export interface Tokens {
  /** Lower-cased words with contractions split and numbers as placeholders. */
  words: string[];
  numbers: NumberToken[];
}

function numberShape(raw: string): string {
  return raw.replace(/\d/g, 'd');
}

/** Lower-cased word tokens; numbers become <num>/<year> (and "%", "$" stay as tokens). */
export function tokenize(sentence: string): Tokens {
  return tokenizeLower(normalizeText(sentence).toLowerCase());
}

/** tokenize on text already normalised and lower-cased (normalizeText is idempotent, so this is the same). */
function tokenizeLower(text: string): Tokens {
  const words: string[] = [];
  const numbers: NumberToken[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const tok = match[0];
    const first = tok.charCodeAt(0);
    const startsNumeric = (first >= 48 && first <= 57) || /^[$£€]\d/.test(tok);
    if (startsNumeric) {
      const currency = /^[$£€]/.test(tok);
      const percent = tok.endsWith('%');
      const digits = tok.replace(/^[$£€]/, '').replace(/%$/, '');
      const isYear = !currency && !percent && /^(1[89]|20)\d\d(s)?$/.test(digits);
      numbers.push({ raw: tok, shape: numberShape(tok), isYear, isPercent: percent, isMoney: currency });
      if (currency) words.push(tok[0]);
      words.push(isYear ? YEAR : NUM);
      if (percent) words.push('%');
      continue;
    }
    const irregular = IRREGULAR_NOT[tok];
    if (irregular) {
      words.push(...irregular);
      continue;
    }
    const apos = tok.indexOf("'");
    if (apos > 0) {
      const stemEnd = tok.endsWith("n't") ? tok.length - 3 : apos;
      const suffix = tok.slice(stemEnd);
      const replacement = CONTRACTION_SUFFIX[suffix];
      if (replacement !== undefined && stemEnd > 0) {
        words.push(tok.slice(0, stemEnd), replacement);
        continue;
      }
      // o'clock, O'Neill: keep whole.
    }
    words.push(tok);
  }
  return { words, numbers };
}

// ---------------------------------------------------------------------------
// Hand features. Each is a cue that a sentence asserts something checkable
// (a figure, a change, a cause, a source) or that it does not (an opinion, a
// question, an instruction, a pleasantry). The regular expressions run on the
// normalized, lower-cased text.

const RE = {
  percent: /\d\s?%|\b(?:per ?cent|percent|percentage)\b/,
  money: /[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|pounds|euros|bn|m)\b|\b(?:dollars|pounds|euros)\b/,
  bigNumberWord: /\b(?:hundred|thousand|million|billion|trillion|dozens?|hundreds|thousands|millions|billions)\b/,
  numberWord: new RegExp(
    [
      String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`,
      String.raw`|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|third|quarter|twice|triple`,
      String.raw`|double)\b`,
    ].join(''),
  ),
  yearOrDate: new RegExp(
    [
      String.raw`\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|june|july|august|september`,
      String.raw`|october|november|december)\b|\blast (?:year|month|week|decade)\b|\bsince \w+`,
    ].join(''),
  ),
  comparative: new RegExp(
    [
      String.raw`\b(?:more|less|fewer|greater|higher|lower|bigger|smaller|larger|better|worse`,
      String.raw`|faster|slower|cheaper|longer|shorter)\b|\b\w+er than\b|\bcompared (?:to|with)\b`,
      String.raw`|\bas \w+ as\b`,
    ].join(''),
  ),
  superlative: /\b(?:most|least|best|worst|biggest|largest|highest|lowest|greatest|fastest|first|only|record)\b|\b\w{3,}iest\b/,
  trend: new RegExp(
    [
      String.raw`\b(?:ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|increas\w*|decreas\w*|doubl\w*`,
      String.raw`|tripl\w*|halv\w*|grow(?:s|ing|n)?|grew|declin\w*|drop(?:s|ped|ping)?|cut(?:s`,
      String.raw`|ting)?|reduc\w*|soar\w*|plummet\w*|went up|gone up|went down|gone down|up by`,
      String.raw`|down by|lost|gained|created)\b`,
    ].join(''),
  ),
  causal: new RegExp(
    [
      String.raw`\b(?:because|due to|caus\w*|led to|leads to|lead to|result(?:s|ed)? in|as a result`,
      String.raw`|therefore|thanks to|driven by|contribut\w* to|impact|effect|linked to|associated with)\b`,
    ].join(''),
  ),
  attribution: new RegExp(
    [
      String.raw`\baccording to\b|\b(?:research|studies|study|evidence|data|figures|statistics`,
      String.raw`|analysis|survey|report|reports|census|audit|review|inspection|ofsted)\b.{0,20}\b(?:shows?`,
      String.raw`|showed|found|finds|suggests?|suggested|says?|said|indicates?|reveals?|revealed`,
      String.raw`|confirms?|estimates?|judged|rated)\b|\b(?:said|says|found|reported|announced`,
      String.raw`|admitted|estimated|testified|voted)\b`,
    ].join(''),
  ),
  firstPersonOpinion: new RegExp(
    [
      String.raw`\bi (?:think|believe|feel|hope|guess|suppose|suspect|expect|know|want|wish|would like`,
      String.raw`|'d like|am (?:sure|confident|convinced|proud|happy|pleased|delighted)|'m (?:sure`,
      String.raw`|proud|happy|pleased))\b|\bin (?:my|our) (?:view|opinion)\b|\bwe (?:think|believe`,
      String.raw`|feel|hope)\b|\bpersonally\b`,
    ].join(''),
  ),
  recommendation: new RegExp(
    [
      String.raw`\b(?:should|must|ought to|need to|needs to|have to|has to)\b|\b(?:we|i) (?:recommend`,
      String.raw`|propose|suggest|urge|call on|ask)\b|\b(?:is|are) (?:asked|invited|recommended) to\b`,
      String.raw`|\bit is (?:proposed|recommended|suggested)\b`,
    ].join(''),
  ),
  future: /\b(?:will|shall|going to|gonna)\b/,
  modalHedge: /\b(?:may|might|could|would|perhaps|maybe|possibly|probably)\b/,
  negation: /\b(?:not|no|never|nobody|nothing|none|neither|nor)\b|n't\b/,
  thanks: /\b(?:thank|thanks|grateful|congratulat\w*|welcome|appreciate)\b/,
  greeting: /^(?:hello|hi|good (?:morning|afternoon|evening)|ladies and gentlemen)\b/,
  signpost: new RegExp(
    [
      String.raw`\b(?:see (?:section|annex|appendix|paragraph|chapter|table|figure|below|above)`,
      String.raw`|set out (?:in|below|above)|this (?:paper|report|briefing|note|section|chapter) (?:sets out`,
      String.raw`|describes|outlines|summarises|explains)|next steps|as follows)\b`,
    ].join(''),
  ),
  filler: /^(?:well|uh|um|so|and|but|oh|look|now|okay|ok|yes|no)\b/,
  truncated: /(?:-|\.\.\.|…)\s*"?$/,
  imperative:
    /^(?:let's|let us|let|look|take|join|go|tell|imagine|think about|consider|remember|see|note|ask|give|make|stop|please|don't|do not|read|vote|check)\b/,
  pronounI: /\b(?:i|me|my|mine|myself)\b/,
  pronounWe: /\b(?:we|us|our|ours|ourselves)\b/,
  pronounYou: /\b(?:you|your|yours|yourself)\b/,
  pronounThird: /\b(?:he|she|his|her|him|they|them|their)\b/,
  pastTense: /\b(?:was|were|had|did|been)\b|\b\w{3,}ed\b/,
};

const WH_START = /^(?:what|why|how|who|whom|whose|when|where|which|is|are|do|does|did|can|could|would|will|shall|should|have|has)\b/;

function lengthBucket(n: number): string {
  if (n <= 3) return 'len:1-3';
  if (n <= 6) return 'len:4-6';
  if (n <= 10) return 'len:7-10';
  if (n <= 15) return 'len:11-15';
  if (n <= 25) return 'len:16-25';
  return 'len:26+';
}

/** Names of the hand features that fire for a sentence (without the "h:" prefix). */
export function handFeatureNames(sentence: string, tokens: Tokens = tokenize(sentence)): string[] {
  const original = normalizeText(sentence);
  return handFeatures(original, original.toLowerCase(), tokens);
}

/** handFeatureNames on the normalised text and its lower-cased form. */
function handFeatures(original: string, text: string, tokens: Tokens): string[] {
  const out: string[] = [];
  const { numbers, words } = tokens;
  if (numbers.length > 0) out.push('number');
  if (numbers.length > 1) out.push('numbers2+');
  if (numbers.some((n) => n.isYear)) out.push('year');
  if (numbers.some((n) => !n.isYear)) out.push('quantity');
  for (const [name, re] of Object.entries(RE)) if (re.test(text)) out.push(name);
  const trimmed = text.replace(/["'\s]+$/, '');
  if (trimmed.endsWith('?')) out.push('question');
  else if (WH_START.test(text.replace(/^["'\s]+/, '')) && !/[.!]$/.test(trimmed)) out.push('questionStart');
  // Capitalized words after the first: a rough stand-in for named entities
  // (bodies, places, people, programmes), which make a statement checkable.
  const caps = original
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[A-Z][A-Za-z]/.test(w.replace(/^["'(]+/, '')) && !/^I('|$)/.test(w)).length;
  if (caps >= 1) out.push('caps1+');
  if (caps >= 3) out.push('caps3+');
  if (/\b[A-Z]{2,}\b/.test(original)) out.push('acronym');
  out.push(lengthBucket(words.length));
  return out;
}

// ---------------------------------------------------------------------------

function pushBlock(out: Map<string, number>, names: Iterable<string>, normalize: boolean): void {
  const unique = new Set(names);
  const value = blockValue(unique.size, normalize);
  for (const name of unique) out.set(name, value);
}

/**
 * The feature names of a sentence, block by block (words, characters, hand
 * features, as the options enable them), duplicates kept. featurize and the
 * run-time scorer (checkworthiness.ts, which sums weights without building
 * the vector) both start here, so they cannot disagree. Blocks never share a
 * name: each has its own prefixes.
 */
export function featureBlocks(sentence: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): string[][] {
  // Normalised once for all three blocks (normalizeText is idempotent).
  const normalized = normalizeText(sentence);
  const lower = normalized.toLowerCase();
  const tokens = tokenizeLower(lower);
  const blocks: string[][] = [];

  const wordFeatures: string[] = [];
  const w = options.wordNgrams >= 1 ? tokens.words : [];
  for (const t of w) wordFeatures.push(`w:${t}`);
  if (options.wordNgrams >= 1) for (const n of tokens.numbers) wordFeatures.push(`s:${n.shape}`);
  if (options.wordNgrams >= 2) {
    const padded = ['<s>', ...w, '</s>'];
    for (let i = 0; i + 1 < padded.length; i++) wordFeatures.push(`b:${padded[i]} ${padded[i + 1]}`);
    if (options.wordNgrams >= 3) {
      for (let i = 0; i + 2 < padded.length; i++) wordFeatures.push(`t:${padded[i]} ${padded[i + 1]} ${padded[i + 2]}`);
    }
  }
  if (options.wordNgrams >= 1) blocks.push(wordFeatures);

  if (options.charNgrams) {
    const [lo, hi] = options.charNgrams;
    const text = ` ${lower
      .replace(/\d/g, '0')
      .replace(/[^a-z0-9%$£€?!' ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()} `;
    const charFeatures: string[] = [];
    for (let n = lo; n <= hi; n++) {
      for (let i = 0; i + n <= text.length; i++) charFeatures.push(`c:${text.slice(i, i + n)}`);
    }
    blocks.push(charFeatures);
  }

  if (options.hand) blocks.push(handFeatures(normalized, lower, tokens).map((n) => `h:${n}`));

  if (options.shapeNgrams) {
    const padded = ['<s>', ...wordShapes(normalized), '</s>'];
    const shapeFeatures: string[] = [];
    for (let n = 1; n <= options.shapeNgrams; n++) {
      for (let i = 0; i + n <= padded.length; i++) shapeFeatures.push(`p:${padded.slice(i, i + n).join(' ')}`);
    }
    blocks.push(shapeFeatures);
  }
  return blocks;
}

/** The value each name of a block gets: 1, or 1/sqrt(distinct names) when blocks are normalised. */
export function blockValue(distinct: number, normalize: boolean): number {
  return normalize && distinct > 0 ? 1 / Math.sqrt(distinct) : 1;
}

/**
 * The sparse feature vector of a sentence: feature name → value (binary
 * presence, divided by the block's norm when `blockNorm` is on).
 */
export function featurize(sentence: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Map<string, number> {
  const out = new Map<string, number>();
  for (const block of featureBlocks(sentence, options)) pushBlock(out, block, options.blockNorm);
  return out;
}
