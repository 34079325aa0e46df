/**
 * The requests about the corpus rather than a draft:
 * - `sourced/search`: passages for a query, each with the quote ready to
 *   insert in the draft's configured style (the Search corpus QuickPick);
 * - `sourced/sources`: the corpus documents with metadata, first passage and
 *   how often the workspace's drafts cite them (the Sources view);
 * - `sourced/sourceText`: a PDF's or Word file's extracted text, for the
 *   client's read-only virtual source documents.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import type { QuoteStyle } from '../engine/cite/quoteInsertion.js';
import type { PassageHit, SourceInfo } from '../protocol.js';
import { toPassageHit } from './passageHits.js';
import type { WorkspaceDrafts } from './workspaceDrafts.js';
import type { CancellationToken, UriMapper } from './types.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

export class CorpusRequestsProvider {
  constructor(
    private readonly uris: UriMapper,
    private readonly drafts: WorkspaceDrafts,
  ) {}

  search(corpus: Corpus, query: unknown, limit: unknown, style: QuoteStyle): PassageHit[] {
    const text = typeof query === 'string' ? query : '';
    if (text.trim().length < 3) return [];
    const n = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(limit) || DEFAULT_LIMIT)));
    return corpus.search(text, n).map((r) => toPassageHit(this.uris, r, style));
  }

  async sources(corpus: Corpus, token: CancellationToken): Promise<SourceInfo[]> {
    const counts = await this.drafts.citationCounts(corpus, token);
    return corpus
      .documents()
      .sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1))
      .map((d) => {
        const lines = corpus.lineIndex(d.sourceId);
        const first = d.sentences[0];
        const info: SourceInfo = {
          sourceId: d.sourceId,
          title: d.metadata.title ?? d.sourceId,
          uri: this.uris.sourceUri(d.file),
          firstPassage:
            first && lines ? lines.rangeOf(first.start, first.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          passages: d.sentences.length,
          citationCount: counts.get(d.sourceId) ?? 0,
        };
        for (const field of ['author', 'publisher', 'date', 'url'] as const) if (d.metadata[field]) info[field] = d.metadata[field];
        return info;
      });
  }

  /** The text of the source a URI (`file:` or `sourced-source:`) names, or null. */
  sourceText(corpus: Corpus, uri: string): { text: string } | null {
    const file = this.uris.sourceFileOf(uri);
    const doc = file ? corpus.documents().find((d) => d.file === file) : undefined;
    return doc ? { text: doc.text } : null;
  }
}
