/**
 * Find references of a source: on a citation key, every citation of the
 * same source across the open drafts and the workspace's Markdown files
 * outside the corpus folders (link citations resolved to their source too).
 * With `includeDeclaration`, the source document itself comes first.
 */
import type { CancellationToken, Location } from 'vscode-languageserver/node.js';
import type { Corpus } from '../engine/corpus/corpus.js';
import { locateInDraft } from '../engine/draft/cursorContext.js';
import type { ParsedDraft } from './draftCache.js';
import type { WorkspaceDrafts } from './workspaceDrafts.js';
import { sourceIdOf } from '../engine/check/linkTargets.js';
import { sourceUri } from './sourceUri.js';

export async function referencesAt(
  draft: ParsedDraft,
  offset: number,
  corpus: Corpus,
  draftPath: string | undefined,
  drafts: WorkspaceDrafts,
  includeDeclaration: boolean,
  token?: CancellationToken,
): Promise<Location[] | null> {
  const { citation } = locateInDraft(draft.model, offset);
  if (!citation) return null;
  const sourceId = sourceIdOf(citation, corpus, draftPath);
  // An unknown key still has references: the other places that misspell it the same way.
  const matches = (site: { key?: string; target?: string }, path?: string) =>
    sourceId ? sourceIdOf(site, corpus, path) === sourceId : site.key !== undefined && site.key === citation.key;
  const out: Location[] = [];
  const doc = sourceId ? corpus.document(sourceId) : undefined;
  if (includeDeclaration && doc) out.push({ uri: sourceUri(doc.file), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  for (const d of await drafts.all(token)) {
    for (const site of d.sites) if (matches(site, d.path)) out.push({ uri: d.uri, range: site.range });
  }
  return out;
}
