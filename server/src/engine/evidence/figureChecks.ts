/**
 * The figures, quantities, multiples and years of a claim, checked against a passage read in context
 * (checkFigures): each figure must be the sentence's own for the claim's quantity, or stand in its window where a
 * list or a lead-in lends it, and not count something else there; a quantity in words must be there to tolerance; a
 * change must start and end where the claim's does; a multiple must be said; one of the claim's years must date the
 * passage. What does not hold is said in `problems`, in the order verdict.ts reports them; `differs` is the figure
 * the source gives instead, which can make the passage contradict the claim. How two figures match is
 * figureMatch.ts's job.
 */
import { FOOTNOTED_YEAR, isYear } from './claimAnalysis.js';
import { LATEST, latestAgainstDated, measureAnchor, NATIONAL } from './claimFacts.js';
import { countedOtherwise, otherCount } from './countedThing.js';
import {
  alignedFigure,
  bound,
  changeEndCount,
  changeStart,
  changeMismatch,
  endFigure,
  lendsFigure,
  MULTIPLE,
  MULTIPLE_FACTOR,
  multipleBound,
  otherFigure,
  sameMultiple,
  sameUnits,
} from './figureMatch.js';
import { comparedFigure, comparedRole, comparisonFigures, ownQuantity } from './benchmarkFigures.js';
import { datedByOtherMonth, datedByOtherPeriods, datedByOtherYears, otherMonthOfYear } from './monthDates.js';
import { sameQuantity, type NumberMention } from './numberWords.js';
import { pointsBetween } from './pointsDifference.js';
import { CHANGE_START, endFromSameStart } from './changeFromStart.js';
import { related, setOf, type PassageReading, type Place } from './passageReading.js';
import { boundedSurface, clauseOf, opposedBounds, shareAgainst, withinBound } from './shareAgainst.js';
import type { TermRelations } from './termRelations.js';
import { KEY_HELD } from './wordCoverage.js';

/** A sentence that dates what it says by the previous inspection. */
const SINCE_INSPECTION = /\b(?:since|at|than\s+at)\s+(?:the|its)\s+(?:last|previous|prior)\s+(?:\w+\s+)?inspection\b/i;

/** How much more of the claim's measure another share's clause must hold for the matching share to be another measure's. */
const OTHER_CLAUSE_MARGIN = 1.5;

export interface FigureChecks {
  /** Weight of the claim's figures, quantities and years, and of those the core holds exactly. */
  figureTotal: number;
  figureCore: number;
  /** What does not hold, first reported first. */
  problems: string[];
  /** The figure the source gives for one the claim gives otherwise; `units` when the two count in one unit. */
  differs: { claim: string; source: string; units: boolean } | undefined;
  figuresMissing: number;
  /** One of the claim's counted figures is in the sentence itself: it pins the measure down. */
  anchored: boolean;
  /** What only a rounded quantity would settle: it makes the passage partial, never contradicting. */
  missingQuantities: NumberMention[];
  roundedChange: boolean;
  multipleMissing: boolean;
  yearsMissing: number;
  yearsFound: number;
}

/** The claim's figures and years as `reading` holds them (see the header). Adds the window sentences that lent one to `used`. */
export function checkFigures(reading: PassageReading, relations: TermRelations): FigureChecks {
  const { claim, text, context, pair, window, core, coreTerms, ownTerms, head, facts, figureWeight, used, coreQuantities, mentionsOf } =
    reading;
  // Figures: each must be in the sentence or its window, and not counting something else there.
  let figureTotal = 0;
  let figureCore = 0;
  const problems: string[] = [];
  let differs: { claim: string; source: string; units: boolean } | undefined;
  let figuresMissing = 0;
  /** One of the claim's counted figures is in the sentence itself: it pins the measure down. */
  let anchored = false;
  /** What only a rounded quantity would settle: it makes the passage partial, never contradicting. */
  let missingQuantities: NumberMention[] = [];
  let roundedChange = false;
  let multipleMissing = false;
  const claimFigures = new Set(claim.figures.map((f) => f.value));
  // The sentence's own terms: a figure the sentence itself gives for the claim's quantity is its answer, whatever
  // the sentence it carries on or its neighbours say ("to 62 in 2012–13. This figure has already been exceeded …
  // 72 children").
  const own: Place = pair ? { terms: ownTerms, set: setOf(ownTerms) } : core;
  // A sentence dated only by other years (or year ranges) than the claim's gives those years' figures, whatever its
  // pair's date.
  // A claim for the latest figure ("the latest data show 79%") and no year: a sentence dated by a year whose pair gives
  // the latest figure is an earlier period's ("In 2015−16 … 79%. The local authority latest data shows … 97%").
  const earlierThanPair = !!pair && LATEST.test(pair.sentence.text) && latestAgainstDated(claim, text);
  const otherYears =
    claim.figures.length > 0 &&
    (datedByOtherYears(facts.years, text, ownTerms) || datedByOtherPeriods(facts.periods, text) || earlierThanPair);
  // The sentence's same number for another thing ("Seven family hubs" for "seven children's homes"): see countedThing.ts.
  const countedElse = (mention: NumberMention | undefined) =>
    countedOtherwise(
      claim,
      mention,
      text,
      () => mentionsOf(text),
      (t) => core.set.has(t) || related(claim, core, t, relations) >= KEY_HELD,
    );
  /** The core's texts: the sentence and the one that carries it on. */
  const coreTexts = pair ? [text, pair.sentence.text] : [text];
  const local = [...claim.names].some((n) => !NATIONAL.has(n));
  const dated = facts.years.size > 0 || facts.periods.size > 0 || facts.months.size > 0;
  for (const figure of claim.figures) {
    const fw = figureWeight(figure.value);
    figureTotal += fw;
    if (core.set.has(figure.value)) figureCore += fw;
    const countsElse = countedElse(claim.figureMentions.get(figure.value));
    if (countsElse) {
      figuresMissing++;
      problems.push(countsElse);
      continue;
    }
    // A number that names ("Key Stage 4", "section 17") is looked for as a name is: in the sentence, its window or the
    // document's head ("Key Stage 4 results for that year were poor. Only two of the 25 pupils (8%) …").
    if (figure.reference && (head.has(figure.value) || [core, ...window].some((p) => p.set.has(figure.value)))) continue;
    if (bound(figure, own) && !otherYears) {
      anchored = true;
      // The figure the sentence compares its subject with is not the subject's ("541 days compared with 606 for similar
      // authorities"): a claim that gives 606 as its own is not borne out, and the sentence's own figure is the answer.
      const compared = comparedFigure(claim, facts.comparedFigures, figure, text);
      // Nor is the figure a change started from, for a claim that names no time: the change's end is the answer.
      const ended = compared ? undefined : changeStart(claim, figure, dated, text);
      if (ended) {
        figuresMissing++;
        differs ??= { claim: figure.value, source: ended, units: true };
        problems.push(`the source\u2019s ${figure.value} is where a change started, to ${ended}`);
        continue;
      }
      if (!compared) continue;
      figuresMissing++;
      if (compared.own && !differs) differs = { claim: figure.value, source: compared.own, units: true };
      problems.push(
        compared.own
          ? `the source gives ${compared.own}, not ${figure.value}`
          : `the source\u2019s ${figure.value} is what it compares with`,
      );
      continue;
    }
    // "around 44%" against "43%", "90%" against "9 out of 10": the same quantity, to the tolerance either allows.
    const mention = claim.figureMentions.get(figure.value);
    const stated = otherYears ? (pair ? mentionsOf(pair.sentence.text) : []) : coreQuantities();
    // A claim may round the source's more precise figure ("15%" for "15.1%"), never the other way round.
    const rounds = (m: NumberMention) => mention!.approx || !/\d/.test(m.surface) || m.approx || mention!.step > m.step;
    if (mention && stated.some((m) => rounds(m) && sameQuantity(mention, m))) {
      figureCore += fw;
      // The sentence's own exact figure, which the claim rounds ("just over 14%" for "14.1%"), pins the measure as the
      // claim's own figure does: not its pair's, nor a rounded quantity of the source's.
      const exactOwn = (m: NumberMention) => /\d/.test(m.surface) && !m.approx && (mention.approx || mention.step > m.step);
      if (!otherYears && mentionsOf(text).some((m) => exactOwn(m) && sameQuantity(mention, m))) anchored = true;
      continue;
    }
    // "10 percentage points" where the sentence (and its pair) give the two shares ten points apart.
    if (mention && pointsBetween(claim.text, mention, stated)) {
      figureCore += fw;
      continue;
    }
    // An age says who the claim is about: the paragraph or the document's head may give it ("When care leavers over 21
    // contact the duty service …" for "At 21, care leavers move to a separate team").
    if (facts.ages.has(figure.value) && (window.some((p) => p.set.has(figure.value)) || head.has(figure.value))) {
      figureCore += fw;
      continue;
    }
    // The sentence's own figure for the same quantity, if it gives one: then a pair's or a neighbour's matching figure
    // ("26 weeks" as the target, next to "reduced ... to an average of 32 weeks") does not rescue the claim.
    const placed = otherFigure(figure, own, claimFigures, relations) ?? alignedFigure(claim, figure, ownTerms);
    // Both the end of a change ("rose to 17%" against "increased to 12%"): the two count the same thing.
    // Or the end of a change in counts that the passage starts from the claim's start ("an increase from 277").
    const end = placed
      ? undefined
      : (endFigure(claim, figure, text) ?? changeEndCount(claim, figure, coreTexts) ?? endFromSameStart(claim, figure, coreTexts));
    const other = placed ?? end;
    if (!other && pair && bound(figure, otherYears ? { terms: pair.terms, set: setOf(pair.terms) } : core)) continue;
    // Another item of a list lends a figure only with a word that goes with it, or a name the claim gives it
    // ("52 providers"; "2 Position Keys Group 116"): consecutive short paragraphs are separate statements too.
    // Other sentences of the paragraph are other statements: they lend no figure (the pair is part of the core).
    const elsewhere = window.find((p, i) => {
      const kind = context!.window[i].kind;
      return bound(figure, p) && (kind === 'lead-in' || (kind === 'list' && lendsFigure(claim, figure, p)));
    });
    if (elsewhere && !other) {
      if (elsewhere.sentence) used.add(elsewhere.sentence);
      continue;
    }
    // What the claim compares with ("still above the 26-week target") may be where the paragraph says it ("While this
    // remains above the target of 26 weeks"): a benchmark is the subject's setting, not another statement about it.
    const benchmark = facts.comparedFigures.has(figure.value)
      ? window.find((p) => p.sentence && comparisonFigures(p.sentence.text).has(figure.value))
      : undefined;
    if (benchmark && !other) {
      used.add(benchmark.sentence!);
      continue;
    }
    figuresMissing++;
    if (other && !differs) {
      // A figure with no words of its own ("from 93 in 2012 to 127 in 2015") counts what its neighbour counts, when
      // the sentence states that neighbour too.
      const units =
        end !== undefined ||
        sameUnits(figure, other, ownTerms) ||
        (figure.units.length === 0 && claim.figures.some((f) => f !== figure && bound(f, own)));
      differs = { claim: figure.value, source: other, units };
    }
    problems.push(
      other
        ? `the source gives ${other}, not ${figure.value}`
        : core.set.has(figure.value)
          ? `the source\u2019s ${figure.value} counts something else`
          : `the source does not give ${figure.value}`,
    );
  }
  // Quantities in words ("two thirds", "nine in ten", "zero"): in the sentence or its window, to tolerance. A rounded
  // share differs only when the sentence's one share is far from it or breaks its bound (see shareAgainst.ts).
  // A quantity dated by another month than the claim's is another measurement ("in March 2017 of only 24%" is not April's).
  const months = facts.months;
  // A clause holds the claim's measure when it names half of the measure's weight (exact terms).
  const measureIn = (clause: string) => measureAnchor(claim, clause, figureWeight);
  const heldMeasure = (anchor: number) => facts.measureWeight > 0 && anchor >= 0.5 * facts.measureWeight;
  const holdsMeasure = (clause: string) => heldMeasure(measureIn(clause));
  // The claim gives one share (no other in words or digits): a sentence's shares are then one answer and others' (see
  // shareOfAnotherClause below).
  const claimOneShare =
    claim.quantities.filter((c) => c.kind === 'percent').length === 1 && !claim.figures.some((f) => f.value.endsWith('%'));
  for (const q of claim.quantities) {
    const qw = figureWeight(q.kind === 'percent' ? `${Math.round(q.value)}%` : String(q.value));
    figureTotal += qw;
    // A benchmark's quantity ("compared with nine in 2015–16", "the England average of 90%") is not the subject's, unless
    // the claim gives it as a benchmark's too, or starts a change from it ("up from under four in five in 2015–16": the
    // earlier figure a source compares the latest with). A national claim's "nationally" is its subject: only a claim
    // about a place is read so.
    const claimCompares = !local || comparedRole(claim.text, q) || CHANGE_START.test(claim.text.slice(Math.max(0, q.start - 20), q.start));
    const sameIn = (t: string) => {
      const ms = mentionsOf(t);
      return ms.some(
        (m) =>
          (sameQuantity(q, m) || withinBound(claim.text, q, m)) &&
          !opposedBounds(claim.text, q, t, m) &&
          !datedByOtherMonth(months, t, m) &&
          (claimCompares || !comparedRole(t, m, ms)) &&
          !shareOfAnotherClause(t, m, ms),
      );
    };
    // The same share in a clause of another measure, while another share of the sentence is the claim's: "86% of
    // children in care living within 20 miles of Hull (and more than 60% within the city)" gives 86%, not 60%, for
    // "six in ten … live within twenty miles of the city". A claim of several shares ("more than four in five …,
    // compared with three quarters the year before") may give each one its own clause's.
    const shareOfAnotherClause = (t: string, m: NumberMention, ms: readonly NumberMention[]) => {
      if (!claimOneShare || q.kind !== 'percent') return false;
      const others = ms.filter((o) => o !== m && o.kind === m.kind && !sameQuantity(q, o));
      if (others.length === 0) return false;
      const own = measureIn(clauseOf(t, m));
      if (heldMeasure(own)) return false;
      return others.some((o) => {
        const anchor = measureIn(clauseOf(t, o));
        return heldMeasure(anchor) && anchor > OTHER_CLAUSE_MARGIN * own;
      });
    };
    const benchmarkOnly = (t: string) => {
      const ms = mentionsOf(t);
      return !claimCompares && ms.some((m) => sameQuantity(q, m) && comparedRole(t, m, ms));
    };
    const countsElse = countedElse(q);
    if (countsElse) {
      figuresMissing++;
      problems.push(countsElse);
      continue;
    }
    if (sameIn(text) || (pair && sameIn(pair.sentence.text))) {
      figureCore += qw;
      continue;
    }
    // "slipped by ten percentage points, from 68% … to 58%": the two shares, in the sentence or its pair.
    if (pointsBetween(claim.text, q, coreQuantities())) {
      figureCore += qw;
      continue;
    }
    const inWindow = window.find((p) => p.sentence && sameIn(p.sentence.text));
    if (inWindow) {
      used.add(inWindow.sentence!);
      continue;
    }
    figuresMissing++;
    if (benchmarkOnly(text) || (pair && benchmarkOnly(pair.sentence.text))) {
      const own = ownQuantity(q, text, mentionsOf(text), claim.quantities);
      if (own) differs ??= { claim: `\u201c${q.surface}\u201d`, source: `\u201c${own}\u201d`, units: true };
      problems.push(
        own
          ? `the source gives \u201c${own}\u201d, not \u201c${q.surface}\u201d`
          : `the source\u2019s \u201c${q.surface}\u201d is what it compares with`,
      );
      continue;
    }
    // An exact count the sentence gives otherwise for the same thing ("two of the 25 pupils" for "three of the 25
    // pupils") differs as a figure in digits does.
    const count = otherCount(claim, q, text, () => mentionsOf(text));
    if (count) {
      differs ??= { claim: `\u201c${q.surface}\u201d`, source: `\u201c${count}\u201d`, units: true };
      problems.push(`the source gives \u201c${count}\u201d, not \u201c${q.surface}\u201d`);
      continue;
    }
    // The claim's share bounded the other way ("less than half" for "more than half"), in a clause on its measure, or
    // the sentence's one such share in a sentence on it (a list's commas cut "in employment, education or training").
    const alike = mentionsOf(text).filter((m) => sameQuantity(q, m));
    const bounded = alike.find(
      (m) => opposedBounds(claim.text, q, text, m) && (holdsMeasure(clauseOf(text, m)) || (alike.length === 1 && holdsMeasure(text))),
    );
    if (bounded) {
      const [ours, theirs] = [boundedSurface(claim.text, q), boundedSurface(text, bounded)];
      differs ??= { claim: `\u201c${ours}\u201d`, source: `\u201c${theirs}\u201d`, units: true };
      problems.push(`the source says \u201c${theirs}\u201d, not \u201c${ours}\u201d`);
      continue;
    }
    // A share the sentence plainly gives otherwise, in a clause on the claim's measure ("around three quarters" for
    // "around half"), differs as a figure does.
    const against = shareAgainst(claim.text, q, text, months, claimFigures, holdsMeasure);
    if (against) {
      differs ??= { claim: `\u201c${q.surface}\u201d`, source: `\u201c${against.surface}\u201d`, units: true };
      problems.push(`the source gives \u201c${against.surface}\u201d, not \u201c${q.surface}\u201d`);
      continue;
    }
    missingQuantities.push(q);
    problems.push(`the source does not give \u201c${q.surface}\u201d`);
  }
  // "from 41 weeks to 26 weeks" against "targets of 26 weeks are not met, but … reduced from 41 to 34 weeks": where
  // both state a change from the same figure, the source's end figure is the answer for the claim's.
  const change = changeMismatch(claim.text, text);
  if (change) {
    // The claim's end figure may already be counted missing: its problem is replaced, not added.
    const named = [change.claim, `\u201c${change.claimSurface}\u201d`];
    const counted = problems.findIndex((p) => named.some((n) => p.endsWith(`give ${n}`) || p.endsWith(`, not ${n}`)));
    if (counted >= 0) problems.splice(counted, 1);
    else figuresMissing++;
    problems.unshift(change.problem);
    // Started from the same figure, the two speak of one measure.
    anchored = true;
    if (change.exact) {
      differs = { claim: change.claim, source: change.source, units: true };
      // An end figure in words ("to eighteen") is the change's, exact: not a rounded quantity missing.
      missingQuantities = missingQuantities.filter((q) => q.surface !== change.claimSurface);
    } else roundedChange = true;
  }
  // "doubled", "halved": a multiple is a figure. The source must say it, or its figures must ("from 14 to 18" is
  // no doubling), to support the claim; it is never called contradicted for it.
  const multiple = claim.trend.negated ? null : MULTIPLE.exec(claim.text);
  if (multiple) {
    const factor = MULTIPLE_FACTOR[multiple[1].toLowerCase().slice(0, 4)];
    const bounded = multipleBound(claim.text.slice(0, multiple.index));
    const said = [text, pair?.sentence.text ?? ''].some((t) => sameMultiple(t, multiple[1], factor, bounded));
    if (!said) {
      figuresMissing++;
      multipleMissing = true;
      problems.push(`the source does not say it ${multiple[0].toLowerCase()}`);
    }
  }
  // Years: the sentence, its window or the document's date and head. One of the claim's years is enough for the period.
  const years = new Set<string>(
    [...coreTerms, ...window.flatMap((p) => p.terms)].map((t) => (FOOTNOTED_YEAR.test(t) ? t.slice(0, 4) : t)).filter(isYear),
  );
  let yearsMissing = 0;
  let yearsFound = 0;
  // "since the last inspection", in the sentence or its window as a year there would be, where the document says that
  // inspection was in the claim's year ("had changed since 2016").
  let datedByInspection: boolean | undefined;
  const sinceInspection = (year: string) =>
    !!context &&
    (datedByInspection ??= [text, ...context.window.map((w) => w.sentence.text)].some((t) => SINCE_INSPECTION.test(t))) &&
    context.inspectionYears().has(year);
  for (const year of claim.years) {
    const yw = figureWeight(year);
    figureTotal += yw;
    if (core.set.has(year)) figureCore += yw;
    if (years.has(year) || context?.headYears.has(year) || sinceInspection(year)) {
      yearsFound++;
      continue;
    }
    yearsMissing++;
    problems.push(years.size > 0 ? `the source speaks of ${[...years].sort().join(', ')}, not ${year}` : `the source does not say ${year}`);
  }
  // The same year is not the same period when the sentence dates its figure by another month of it.
  const otherMonth = otherMonthOfYear(facts.monthYears, coreTerms);
  if (otherMonth) {
    yearsMissing++;
    problems.push(`the source speaks of ${otherMonth.source}, not ${otherMonth.claim}`);
  }
  return {
    figureTotal,
    figureCore,
    problems,
    differs,
    figuresMissing,
    anchored,
    missingQuantities,
    roundedChange,
    multipleMissing,
    yearsMissing,
    yearsFound,
  };
}
