/**
 * Word shapes for the check-worthiness featurizer (claimFeatures.ts's "p:"
 * block): a topic-free view of a sentence that keeps its grammar (function
 * words, tense and number endings), its figures by kind and its names, and
 * drops the subject words. Debates and briefings talk about different
 * things in the same shapes ("X rose by 12% in 2022, the Y found"), so
 * these features carry over to subjects the model never saw.
 *
 * Pure and deterministic.
 */

// Closed-class words (and a few very common verbs and adverbs that carry
// modality, tense, attribution or stance), kept as themselves in the shape
// sequence: they are the same whatever the subject.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any every each all both no none many much more most less least few several such other another ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones who whom whose which what ' +
    "when where why how whether if then than because so but and or nor not n't never also only just even still already yet again too very " +
    'really quite almost nearly about around over under above below between among through during before after since until while as at by ' +
    'for from in into of off on onto out to up down with without within against per across ' +
    'is are was were be been being am has have had having do does did done doing will would shall should can could may might must ' +
    "ought need needs going gonna got get gets let 's there here now today ago last next ever always often sometimes " +
    'said says say told tell think believe know feel want wants hope according percent million billion thousand hundred ' +
    'more fewer higher lower first record'
  ).split(/\s+/),
);

// Irregular past tenses, which the -ed class misses: a past event is what a
// checkable statement most often reports.
const IRREGULAR_PAST = new Set(
  (
    'rose fell grew found paid spent made took gave went came saw lost won cut put left held built sold bought brought thought kept became ' +
    'began ran wrote led met sent stood understood drove fought hit knew shut struck threw voted took'
  ).split(' '),
);

/**
 * The sentence as a sequence of word shapes: function words as themselves
 * (lower-cased); numbers as <year>, <pct>, <money> or <num>; a capitalised
 * word after the first as <Cap> (a name: a body, place, person), an
 * all-capitals word as <CAPS>; an irregular past tense as <past>; any other word as its ending class (<ed>,
 * <ing>, <ly>, <s>, <er>, <est>, <tion>, <w>). Pure and deterministic.
 */
export function wordShapes(normalized: string): string[] {
  const out: string[] = [];
  const raw = normalized.match(/[$£€]?\d+(?:[.,]\d+)*%?|[A-Za-z]+(?:['-][A-Za-z]+)*|[?!%]/g) ?? [];
  raw.forEach((tok, i) => {
    if (/^[$£€]?\d/.test(tok)) {
      if (/^[$£€]/.test(tok)) out.push('<money>');
      else if (tok.endsWith('%')) out.push('<pct>');
      else if (/^(1[89]|20)\d\d$/.test(tok)) out.push('<year>');
      else out.push('<num>');
      return;
    }
    if (tok === '?' || tok === '!' || tok === '%') {
      out.push(tok === '%' ? '<pct>' : tok);
      return;
    }
    const lower = tok.toLowerCase();
    const apos = lower.indexOf("'");
    const stem = apos > 0 ? lower.slice(0, lower.endsWith("n't") ? lower.length - 3 : apos) : lower;
    if (FUNCTION_WORDS.has(stem)) {
      out.push(stem);
      if (lower.endsWith("n't")) out.push('not');
      return;
    }
    if (i > 0 && /^[A-Z]{2,}$/.test(tok)) out.push('<CAPS>');
    else if (IRREGULAR_PAST.has(stem)) out.push('<past>');
    else if (i > 0 && /^[A-Z]/.test(tok) && tok !== 'I') out.push('<Cap>');
    else if (/ed$/.test(stem) && stem.length > 4) out.push('<ed>');
    else if (/ing$/.test(stem) && stem.length > 5) out.push('<ing>');
    else if (/ly$/.test(stem) && stem.length > 4) out.push('<ly>');
    else if (/(?:tion|sion|ment|ness|ity)s?$/.test(stem)) out.push('<tion>');
    else if (/est$/.test(stem) && stem.length > 5) out.push('<est>');
    else if (/er$/.test(stem) && stem.length > 4) out.push('<er>');
    else if (/[^s]s$/.test(stem) && stem.length > 3) out.push('<s>');
    else out.push('<w>');
  });
  return out;
}
