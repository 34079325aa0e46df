/**
 * A claim's change told from its start ("only 48% …, down from 68% the year before") against a source that tells the
 * same change from the same start to another end ("In 2014–15, 68% … This decreased to 58% in 2015–16"): the two are
 * one measure, reached from one figure, so the source's end is the figure it gives for the claim's. endFigure
 * (figureMatch.ts) reads a claim with a single percentage; this reads one that also gives the start.
 */
import { figureValue, type AnalysedClaim, type ClaimFigure } from './claimAnalysis.js';
import { endPercents } from './figureMatch.js';
import { numberMentions } from './numberWords.js';

/** Before a quantity: it starts a change ("from nine", "down from 68%", "up from under four in five"). */
export const CHANGE_START = /\bfrom\s+(?:(?:about|around|roughly|nearly|almost|just\s+over|just\s+under|over|under)\s+)?$/i;

/**
 * The end the source gives, in `texts` (the sentence and its pair), of the change the claim tells from a start to
 * `figure`; undefined unless the claim gives exactly one start and one end percentage, the source states that start
 * and exactly one end percentage, and the ends differ.
 */
export function endFromSameStart(claim: AnalysedClaim, figure: ClaimFigure, texts: readonly string[]): string | undefined {
  // The start says there is a change, whatever trend words the claim has ("for two years or more" reads as "more").
  if (!figure.value.endsWith('%')) return undefined;
  const percents = numberMentions(claim.text).filter((m) => m.kind === 'percent' && /\d/.test(m.surface));
  const isStart = (text: string, at: number) => CHANGE_START.test(text.slice(Math.max(0, at - 24), at));
  const starts = [...new Set(percents.filter((m) => isStart(claim.text, m.start)).map(figureValue))];
  const ends = [...new Set(percents.filter((m) => !isStart(claim.text, m.start)).map(figureValue))];
  if (starts.length !== 1 || ends.length !== 1 || ends[0] !== figure.value || starts[0] === figure.value) return undefined;
  const start = starts[0];
  const stated = texts.some((t) =>
    numberMentions(t).some(
      (m) => m.kind === 'percent' && figureValue(m) === start && !/\bto\s+\S*\s*$/i.test(t.slice(Math.max(0, m.start - 8), m.start)),
    ),
  );
  if (!stated) return undefined;
  const sourceEnds = [...new Set(texts.flatMap(endPercents))].filter((v) => v !== start);
  return sourceEnds.length === 1 && sourceEnds[0] !== figure.value ? sourceEnds[0] : undefined;
}
