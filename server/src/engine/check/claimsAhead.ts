/**
 * Whether a draft's sentences are claims, worked out ahead of the check and remembered. Classifying needs only the
 * draft, not the corpus, so a caller that must first read the corpus's index cache from disk (the CLI: a quarter of a
 * second waiting on a 90 MB file) can parse its drafts and classify their uncited sentences in the meantime; the check
 * that follows then finds the parse and the classifications done.
 *
 * Pure: the caller gives the way to yield to its event loop, and the work is cut into slices so that the disk reads
 * the wait is for keep being issued between them.
 */
import { classifyClaim, type ClaimClassification } from '../claims/claimRules.js';
import { parseDraft } from '../draft/parseDraft.js';
import type { DraftModel } from '../draft/draftTypes.js';
import { LineIndex } from '../text/lineIndex.js';

/** How long one slice of work runs before yielding (ms). */
const SLICE_MS = 8;

/** Classifications by sensitivity and sentence text, for one run over a few drafts (it is never pruned). */
export class ClaimMemo {
  private readonly known = new Map<string, ClaimClassification>();

  classify(text: string, sensitivity?: number): ClaimClassification {
    const key = `${sensitivity ?? ''}\u0000${text}`;
    let found = this.known.get(key);
    if (!found) {
      found = classifyClaim(text, sensitivity);
      this.known.set(key, found);
    }
    return found;
  }
}

/** A draft parsed and line-indexed, as DraftChecker.check takes it prepared. */
export interface PreparedDraft {
  model: DraftModel;
  lines: LineIndex;
}

/**
 * Parses each text and classifies its uncited sentences into `claims` (the ones the check asks about), yielding with
 * `pause` before the first piece of work and whenever a slice has run SLICE_MS.
 */
export async function prepareAhead(
  texts: readonly string[],
  claims: ClaimMemo,
  sensitivity: number | undefined,
  pause: () => Promise<void>,
): Promise<PreparedDraft[]> {
  await pause();
  let sliceStart = performance.now();
  const yieldIfDue = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await pause();
    sliceStart = performance.now();
  };
  const prepared: PreparedDraft[] = [];
  for (const text of texts) {
    const model = parseDraft(text);
    prepared.push({ model, lines: new LineIndex(text) });
    for (const sentence of model.sentences) {
      if (sentence.citations.length > 0 || sentence.inBlockquote) continue;
      claims.classify(sentence.claimText, sensitivity);
      await yieldIfDue();
    }
  }
  return prepared;
}
