/**
 * Abbreviations a document defines ("Young Offender Institutions (YOI)", "personal advisers (PAs)"), so that a
 * passage that uses the short form ("YOIs are the largest form of youth secure setting, accommodating 73% …") is
 * judged as if it said the words. Term associations learned from the user's own corpus: the definitions are found
 * when a document is indexed (text/abbreviationDefinitions.ts) and kept with it, and cost nothing unless a passage
 * holds a capitalised abbreviation.
 */
import type { SourceDocument } from '../types.js';
import { abbreviationDefinitions } from '../text/abbreviationDefinitions.js';

/** An abbreviation in a passage: two to six capitals, perhaps a plural "s". */
const ABBREVIATION = /\b([A-Z]{2,6})s?\b/g;

/** Definitions of documents that came without them (built in memory, not from the index), found on first use. */
const found = new WeakMap<SourceDocument, Readonly<Record<string, string>>>();

/**
 * The long forms, in `doc`, of the abbreviations `text` uses ("young offender institutions" for "YOIs"), joined by
 * spaces; empty when it uses none the document defines.
 */
export function expandAbbreviations(doc: SourceDocument, text: string): string {
  let out = '';
  let definitions: Readonly<Record<string, string>> | undefined;
  ABBREVIATION.lastIndex = 0;
  for (let m = ABBREVIATION.exec(text); m; m = ABBREVIATION.exec(text)) {
    definitions ??= definitionsOf(doc);
    if (Object.hasOwn(definitions, m[1])) out += ` ${definitions[m[1]]}`;
  }
  return out.trim();
}

function definitionsOf(doc: SourceDocument): Readonly<Record<string, string>> {
  if (doc.abbreviations) return doc.abbreviations;
  let definitions = found.get(doc);
  if (!definitions) found.set(doc, (definitions = abbreviationDefinitions(doc.text)));
  return definitions;
}
