/**
 * Find references of a source: on a citation key, every citation of the
 * same source across the open drafts and the workspace's Markdown files
 * outside the corpus folders (link citations resolved to their source too).
 * With `includeDeclaration`, the source document itself comes first.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import { sourceIdOf } from '../engine/check/citationResolver.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import type { DraftAnalysis } from './analysis.js';
import type { WorkspaceDrafts } from './workspaceDrafts.js';
import type { CancellationToken, Location, UriMapper } from './types.js';

export class ReferencesProvider {
  constructor(
    private readonly uris: UriMapper,
    private readonly drafts: WorkspaceDrafts,
  ) {}

  async provideReferences(
    analysis: DraftAnalysis,
    offset: number,
    corpus: Corpus,
    includeDeclaration: boolean,
    token: CancellationToken,
  ): Promise<Location[] | null> {
    const { citation, sentence } = locateInDraft(analysis.model, offset);
    if (!citation) return null;
    const sourceId = analysis.sourceOf(corpus, citation, sentence);
    // An unknown key still has references: the other places that misspell it the same way.
    const matches = (site: { key?: string; target?: string }, path?: string) =>
      sourceId ? sourceIdOf(site, corpus, path) === sourceId : site.key !== undefined && site.key === citation.key;
    const out: Location[] = [];
    const doc = sourceId ? corpus.document(sourceId) : undefined;
    if (includeDeclaration && doc)
      out.push({ uri: this.uris.sourceUri(doc.file), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    for (const d of await this.drafts.all(token)) {
      for (const site of d.sites) if (matches(site, d.path)) out.push({ uri: d.uri, range: site.range });
    }
    return out;
  }
}
