/**
 * Opposite words on the same thing: "Derby has high staff turnover" against "its low rates of turnover", "Wandsworth
 * quickly meets the initial health needs" against "progress has been slow to identify and meet the initial health
 * needs". The claim holds every other word of such a sentence, so that coverage alone called it supported; a source
 * that says the opposite of what the claim says of a thing does not bear it out.
 *
 * Read on analysed terms: a claim term of a pair below, and the sentence's term of the other side of the pair within
 * REACH terms of a word the claim says it of (one of the claim's content terms within REACH of its own word), while
 * the sentence does not also use the claim's word. Conservative by design: it only ever makes a passage partial (a
 * polarity difference), never contradicting, and a sentence that uses both words is left to the other checks.
 */
import { analyze } from '../index/analyzer.js';
import { FUNCTION_TERMS } from './claimAnalysis.js';

/** Pairs of words that say opposite things of the same noun or verb, as written (for messages). */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['high', 'low'],
  ['many', 'few'],
  ['quick', 'slow'],
  ['quickly', 'slowly'],
  ['quickly', 'slow'],
  ['swift', 'slow'],
  ['swiftly', 'slow'],
  ['promptly', 'slow'],
  ['early', 'late'],
  ['strong', 'weak'],
  ['well', 'poorly'],
  ['adequate', 'inadequate'],
  ['appropriate', 'inappropriate'],
  ['effective', 'ineffective'],
  ['sufficient', 'insufficient'],
  ['consistent', 'inconsistent'],
  ['accurate', 'inaccurate'],
  ['stable', 'unstable'],
  ['suitable', 'unsuitable'],
  ['safe', 'unsafe'],
];

/** Terms either side of a word that it may be said of ("low rates of turnover": turnover is three terms on). */
const REACH = 4;

const OPPOSITE = new Map<string, Array<{ term: string; claimWord: string; sourceWord: string }>>();
for (const [a, b] of PAIRS) {
  const [ta] = analyze(a);
  const [tb] = analyze(b);
  if (!ta || !tb || ta === tb) continue;
  for (const [x, y, wx, wy] of [
    [ta, tb, a, b],
    [tb, ta, b, a],
  ] as const) {
    const list = OPPOSITE.get(x) ?? [];
    list.push({ term: y, claimWord: wx, sourceWord: wy });
    OPPOSITE.set(x, list);
  }
}

/**
 * The opposite word the sentence uses of something the claim says it of, with the claim's word; undefined when none.
 * `claim`: the claim's terms in reading order; `sentence`: the sentence's.
 */
export function oppositeWord(claim: readonly string[], sentence: readonly string[]): { claim: string; source: string } | undefined {
  let set: Set<string> | undefined;
  for (let i = 0; i < claim.length; i++) {
    const opposites = OPPOSITE.get(claim[i]);
    if (!opposites) continue;
    set ??= new Set(sentence);
    if (set.has(claim[i])) continue;
    const near = new Set<string>();
    for (let k = Math.max(0, i - REACH); k <= Math.min(claim.length - 1, i + REACH); k++)
      if (k !== i && !FUNCTION_TERMS.has(claim[k]) && !OPPOSITE.has(claim[k])) near.add(claim[k]);
    for (const o of opposites) {
      if (!set.has(o.term)) continue;
      for (let j = 0; j < sentence.length; j++) {
        if (sentence[j] !== o.term) continue;
        for (let k = Math.max(0, j - REACH); k <= Math.min(sentence.length - 1, j + REACH); k++)
          if (near.has(sentence[k])) return { claim: o.claimWord, source: o.sourceWord };
      }
    }
  }
  return undefined;
}
