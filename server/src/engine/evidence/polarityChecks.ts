/**
 * Whether a passage says the claim's polarity (checkPolarity): what one side denies the other asserts, a lower grade
 * than the claim's "good", a recommendation or a stated aim for what the claim says is so, a universal ("always",
 * "every") the source does not say or denies, a "timely" it does not say, the opposite word ("low" for "high") or
 * quantity ("a small number" for "many"), those in education for those not in it. The words that carry each are
 * polarity.ts's, antonyms.ts's and quantityWords.ts's; this module applies them to one passage read for one claim.
 */
import { analyze } from '../index/analyzer.js';
import type { AnalysedClaim } from './claimAnalysis.js';
import { measureAnchor, weightIn } from './claimFacts.js';
import { oppositeWord } from './antonyms.js';
import { sameQuantity } from './numberWords.js';
import type { PassageReading } from './passageReading.js';
import {
  deniedPredicate,
  denial,
  deniesUniversal,
  employmentMeasure,
  gradeBelowGood,
  recommends,
  saysTimely,
  saysUniversal,
  statedAim,
  statesTimely,
} from './polarity.js';
import { otherQuantity } from './quantityWords.js';

/** A list item of at most this many words is a table row or a bare item ("09/03/2022 Full Outstanding"). */
const TABLE_ROW_WORDS = 8;
/** Share of what a sentence holds of the claim that lies in a stated aim's scope for the aim to be all it says of it. */
const AIM_SHARE = 0.5;

export interface PolarityCheck {
  /** The sentence does not say the claim's polarity: never support then. */
  differs: boolean;
  /** It says the contrary in so many words (see Judgement.contrary). */
  contrary: boolean;
  /** What differs, to report first; set exactly when `differs`. */
  problem: string | undefined;
}

/**
 * The claim's polarity against `reading`'s sentence. `anchored`: the sentence states one of the claim's counted
 * figures (figureChecks.ts), so a predicate it denies is the claim's.
 */
export function checkPolarity(reading: PassageReading, anchored: boolean): PolarityCheck {
  const { claim, text, context, pair, window, core, ownTerms, facts, figureWeight, mentionsOf } = reading;
  // "no children were living in …" against "children were living in …", either way round: what a negator governs
  // (see polarity.ts) is denied, and a denial never supports an assertion.
  // A negated predicate the other side asserts denies it too ("is not timely" against "have timely access"); for a
  // claim that counts, only in the sentence that states its figure: "Initial health assessments are not completed in
  // good time" is the state of things, and the next sentence's "in April at 81% being completed on time" the claim's.
  const statesOwn = () => claim.quantities.some((q) => mentionsOf(text).some((m) => sameQuantity(q, m)));
  const predicates = (!facts.counts && claim.quantities.length === 0) || anchored || statesOwn();
  const isTerm = (terms: ReadonlySet<string>) => (word: string) => analyze(word).some((t) => terms.has(t));
  const sourceDenies =
    denial(text, (piece) => measureAnchor(claim, piece, figureWeight)) ??
    (predicates ? deniedPredicate(text, isTerm(new Set(claim.words))) : undefined);
  // Or the claim denies what the source's denial governs ("reached 19 without any qualifications" against "do not have any
  // qualifications by the age of 19"): the same object denied, whatever else the claim names outside its negator's scope.
  const claimDenies =
    denial(claim.text, (piece) => weightIn(claim, piece, core.set)) ??
    (predicates ? deniedPredicate(claim.text, isTerm(core.set)) : undefined) ??
    (sourceDenies ? denial(claim.text, (piece) => weightIn(claim, piece, new Set(analyze(sourceDenies)))) : undefined);
  const sourceMeasure = claim.employment && employmentMeasure(text);
  const measureDiffers = sourceMeasure !== undefined && sourceMeasure !== claim.employment;
  // The grade is read from the sentence and the paragraph around it: a title line borrows "good" from the sentence
  // under it, which says "require improvement to be good".
  const { polarity } = facts;
  const lowerGrade = polarity.goodGrade
    ? [text, ...window.map((p) => p.sentence?.text ?? '')].map(gradeBelowGood).find(Boolean)
    : undefined;
  const recommended = polarity.aboutRecommendation ? undefined : recommends(text);
  // "has high aspirations to … ensure that every child … has excellent experiences": what the sentence holds of the
  // claim is what someone means to bring about, not what is so.
  const aim = polarity.aboutAim || polarity.aboutRecommendation ? undefined : statedAim(text);
  const aimOnly = aim && weightIn(claim, aim.after, core.set) >= AIM_SHARE * weightIn(claim, text, core.set) ? aim.aim : undefined;
  // A list or table may bear a universal out only as a whole ("outstanding at every full inspection" against its rows).
  const universal =
    polarity.universal !== undefined &&
    !(context?.window.some((w) => w.kind === 'list') && text.split(/\s+/).length <= TABLE_ROW_WORDS) &&
    !saysUniversal(polarity.universal, pair ? `${text} ${pair.sentence.text}` : text)
      ? polarity.universal
      : undefined;
  // "do not always fully consider" against "always consider": the contrary, not a paraphrase that leaves the word out.
  const universalDenied = universal ? deniesUniversal(universal, text) : undefined;
  // Said in the sentence, or of what it speaks of by a sentence of its paragraph that opens on it: "… receive an
  // excellent service from the Awaken team. The response is prompt, well coordinated and effective." A neighbour's
  // "hampered timely decision-making" is not that, nor another item of a list.
  const untimely =
    polarity.timely &&
    ![text, pair?.sentence.text ?? ''].some(saysTimely) &&
    !context?.window.some((w) => w.kind === 'paragraph' && statesTimely(w.sentence.text));
  // "low rates of turnover" against "high staff turnover": the opposite word of the same thing.
  const opposed = oppositeWord(claim.sequence, ownTerms) ?? quantityOpposed(claim, text, core.set);
  const polarityDiffers =
    measureDiffers || !!lowerGrade || !!recommended || !!aimOnly || !!universal || untimely || !!opposed || !sourceDenies !== !claimDenies;
  // The first problem reported (below) is one of these: the sentence states the contrary.
  const contrary =
    !!universalDenied ||
    (!universal && !untimely && (!!opposed || !!recommended || !!lowerGrade || (!measureDiffers && !!sourceDenies && !claimDenies)));

  const problem = universalDenied
    ? `the source says \u201c${universalDenied}\u201d`
    : universal
      ? `the source does not say \u201c${universal}\u201d`
      : untimely
        ? 'the source does not say it is timely'
        : aimOnly
          ? `the source states it as an aim (\u201c${aimOnly.replace(/\s+/g, ' ')} \u2026\u201d), not as so`
          : opposed
            ? `the source says \u201c${opposed.source}\u201d, not \u201c${opposed.claim}\u201d`
            : recommended
              ? `the source recommends it (\u201c${recommended} \u2026\u201d), so it is not yet so`
              : lowerGrade
                ? `the source says \u201c${lowerGrade}\u201d`
                : measureDiffers
                  ? `the source speaks of those ${sourceMeasure === 'eet' ? 'in' : 'not in'} education, employment or training`
                  : polarityDiffers
                    ? sourceDenies
                      ? `the source says \u201c${sourceDenies}\u201d`
                      : `the source does not say \u201c${claimDenies}\u201d`
                    : undefined;
  return { differs: polarityDiffers, contrary, problem };
}

/** "a small number" where the claim says "many" (quantityWords.ts), as oppositeWord gives it. */
function quantityOpposed(claim: AnalysedClaim, text: string, terms: ReadonlySet<string>): { claim: string; source: string } | undefined {
  return otherQuantity(claim.text, text, (clause) => weightIn(claim, clause, terms));
}
