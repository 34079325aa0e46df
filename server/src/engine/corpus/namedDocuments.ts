/**
 * Which documents a name belongs to: the analysed terms of each document's citation key and title ("Sutton" for
 * 80515_sutton_2017-02-13_children-s-services-inspection, "Inspection of Sutton …"). An inspection report names its
 * council in its title and seldom in the sentence that holds the evidence ("no children were living in residential
 * settings due to a shortage of foster homes"), so a claim that names the council is searched in that council's
 * documents too. Built on first use per corpus generation.
 */
import { analyze } from '../index/analyzer.js';
import type { SourceDocument } from '../types.js';

/**
 * A term in more documents' heads than this, or in more than SHARE of them, is a word of the domain ("children",
 * "inspection", "social" in a five-document corpus), not a name.
 */
const MAX_DOCUMENTS = 24;
const SHARE = 0.2;

export class NamedDocuments {
  private built?: { generation: number; byTerm: Map<string, Set<string>>; cap: number };

  constructor(
    private readonly documents: () => readonly SourceDocument[],
    private readonly generation: () => number,
  ) {}

  /** The documents whose key or title holds the analysed `term`, or undefined when none or too many do. */
  naming(term: string): ReadonlySet<string> | undefined {
    const { byTerm, cap } = this.build();
    const set = byTerm.get(term);
    return set && set.size <= cap ? set : undefined;
  }

  private build(): { byTerm: Map<string, Set<string>>; cap: number } {
    const generation = this.generation();
    if (this.built?.generation === generation) return this.built;
    const byTerm = new Map<string, Set<string>>();
    const documents = this.documents();
    for (const doc of documents) {
      const head = `${doc.sourceId.replace(/[-_]+/g, ' ')} ${doc.metadata.title ?? ''}`;
      for (const term of new Set(analyze(head))) {
        let set = byTerm.get(term);
        if (!set) byTerm.set(term, (set = new Set()));
        set.add(doc.sourceId);
      }
    }
    this.built = { generation, byTerm, cap: Math.min(MAX_DOCUMENTS, Math.max(1, documents.length * SHARE)) };
    return this.built;
  }
}
