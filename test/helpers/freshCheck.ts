/**
 * "Did the diagnostics settle to the right answer?": what a fresh
 * DraftChecker (no memo, no cached parse) finds in a text, with the
 * settings the server uses by default, compared with what the server
 * published, as lists of code and range. Load tests use it to catch stale
 * or mis-shifted findings after many incremental edits.
 */
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { checkOptionsFrom } from '../../server/src/service/settings.js';
import { DEFAULT_SETTINGS, type SourcedSettings } from '../../server/src/protocol.js';

interface Ranged {
  code?: string | number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function findingKey(d: Ranged): string {
  const r = d.range;
  return `${d.code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The findings a fresh check of `text` reports, as the server would for `uri` with these settings. */
export function freshFindings(corpus: Corpus, text: string, uri: string, settings: SourcedSettings = DEFAULT_SETTINGS): string[] {
  const draftPath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  return new DraftChecker(corpus).check(text, { draftPath, ...checkOptionsFrom(settings) }).map(findingKey);
}

export interface FindingsComparison {
  equal: boolean;
  published: number;
  fresh: number;
  /** Up to 5 findings only the server published, and up to 5 only the fresh check found. */
  onlyPublished: string[];
  onlyFresh: string[];
}

/** Compares the published list with the fresh one, in order (the server publishes in document order). */
export function compareFindings(published: readonly Ranged[], fresh: readonly string[]): FindingsComparison {
  const got = published.map(findingKey);
  const equal = got.length === fresh.length && got.every((k, i) => k === fresh[i]);
  const freshSet = new Set(fresh);
  const gotSet = new Set(got);
  return {
    equal,
    published: got.length,
    fresh: fresh.length,
    onlyPublished: got.filter((k) => !freshSet.has(k)).slice(0, 5),
    onlyFresh: fresh.filter((k) => !gotSet.has(k)).slice(0, 5),
  };
}
