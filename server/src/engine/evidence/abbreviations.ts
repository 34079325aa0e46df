/**
 * Abbreviations a document defines ("Young Offender Institutions (YOI)", "personal advisers (PAs)"), so that a
 * passage that uses the short form ("YOIs are the largest form of youth secure setting, accommodating 73% …") is
 * judged as if it said the words. Term associations learned from the user's own corpus: they cost nothing unless a
 * passage holds a capitalised abbreviation, and each document's answers are kept with it.
 */
import type { SourceDocument } from '../types.js';

/** An abbreviation in a passage: two to six capitals, perhaps a plural "s". */
const ABBREVIATION = /\b([A-Z]{2,6})s?\b/g;
/** Small words an abbreviation skips ("Department for Education" is DfE, "Child and Adolescent …" CAMHS). */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);
/** How many words before the brackets may make up the long form, beyond one per letter. */
const EXTRA_WORDS = 3;

const byDocument = new WeakMap<SourceDocument, Map<string, string | undefined>>();

/**
 * The long forms, in `doc`, of the abbreviations `text` uses ("young offender institutions" for "YOIs"), joined by
 * spaces; empty when it uses none the document defines.
 */
export function expandAbbreviations(doc: SourceDocument, text: string): string {
  let out = '';
  ABBREVIATION.lastIndex = 0;
  for (let m = ABBREVIATION.exec(text); m; m = ABBREVIATION.exec(text)) {
    const long = definition(doc, m[1]);
    if (long) out += ` ${long}`;
  }
  return out.trim();
}

function definition(doc: SourceDocument, abbreviation: string): string | undefined {
  let known = byDocument.get(doc);
  if (!known) byDocument.set(doc, (known = new Map()));
  if (known.has(abbreviation)) return known.get(abbreviation);
  const long = findDefinition(doc.text, abbreviation);
  known.set(abbreviation, long);
  return long;
}

/** The words before the first "(ABBR)" or "(ABBRs)" in `text` whose initials spell it, or undefined. */
function findDefinition(text: string, abbreviation: string): string | undefined {
  for (const marker of [`(${abbreviation})`, `(${abbreviation}s)`]) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      const before = text
        .slice(Math.max(0, at - 200), at)
        .split(/\s+/)
        .filter(Boolean);
      const words = before.slice(-(abbreviation.length + EXTRA_WORDS));
      const long = spelled(words, abbreviation.toLowerCase());
      if (long) return long;
    }
  }
  return undefined;
}

/** The shortest run of `words` ending at the last that the letters spell, skipping small words. */
function spelled(words: string[], letters: string): string | undefined {
  for (let start = words.length - 1; start >= 0; start--) {
    const run = words.slice(start).map((w) => w.replace(/[^\p{L}&'’-]/gu, ''));
    if (run.some((w) => w === '')) return undefined;
    const initials = run
      .filter((w, i) => i === 0 || !SKIPPED.has(w.toLowerCase()))
      .map((w) => w[0].toLowerCase())
      .join('');
    if (initials === letters && !SKIPPED.has(run[0].toLowerCase())) return run.join(' ');
    if (initials.length > letters.length) return undefined;
  }
  return undefined;
}
