/**
 * The abbreviations a text defines ("Young Offender Institutions (YOI)", "personal advisers (PAs)"): the long form
 * before the first "(ABBR)" or "(ABBRs)" whose initials spell it, small words skipped. Worked out once per document
 * when it is indexed and kept in the index cache, so that judging a passage that uses a short form never decodes the
 * whole document's text to look for its definition (that was a tenth of a first check's decoding).
 */

/** A definition's marker: two to six capitals in brackets, perhaps a plural "s". */
const MARKER = /\(([A-Z]{2,6})s?\)/g;
/** Small words an abbreviation skips ("Department for Education" is DfE, "Child and Adolescent …" CAMHS). */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', '&']);
/** How many words before the brackets may make up the long form, beyond one per letter. */
const EXTRA_WORDS = 3;

/** Each abbreviation `text` defines, with its long form; abbreviations in brackets that nothing spells are left out. */
export function abbreviationDefinitions(text: string): Record<string, string> {
  const definitions: Record<string, string> = {};
  const tried = new Set<string>();
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const abbreviation = m[1];
    if (tried.has(abbreviation)) continue;
    tried.add(abbreviation);
    const long = findDefinition(text, abbreviation);
    if (long !== undefined) definitions[abbreviation] = long;
  }
  return definitions;
}

/**
 * The words before the first "(ABBR)" or "(ABBRs)" in `text` whose initials spell it, or undefined. Every marker it
 * can find is one MARKER matches, so abbreviationDefinitions holds exactly the abbreviations this defines.
 */
export function findDefinition(text: string, abbreviation: string): string | undefined {
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
