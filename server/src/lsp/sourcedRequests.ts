/**
 * Sourced's own requests (protocol.ts), for the VS Code client's commands
 * and views and for any other editor that wants them:
 * - `sourced/search`: passages for a query, each with the quote ready to
 *   insert in the draft's configured style (the Search corpus QuickPick);
 * - `sourced/evidence`: for each sentence of the paragraph at a position,
 *   its best passages, those that support it first (Show evidence);
 * - `sourced/sources`: the corpus documents with metadata, first passage and
 *   how often the workspace's drafts cite them (the Sources view);
 * - `sourced/reindex`: re-walk the corpus folders.
 */
import type { CancellationToken } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../engine/corpus/corpus.js';
import { rankBySupport } from '../engine/check/support.js';
import { locateInDraft, paragraphAt } from '../engine/draft/cursorContext.js';
import type { QuoteStyle } from '../engine/cite/quoteInsertion.js';
import type { EvidenceParams, EvidenceResult, PassageHit, SearchParams, SourceInfo } from '../protocol.js';
import type { ParsedDraft } from './draftCache.js';
import { toPassageHit } from './passageHits.js';
import type { WorkspaceDrafts } from './workspaceDrafts.js';
import { sourceUri } from './sourceUri.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const EVIDENCE_PER_CLAIM = 5;

export function searchCorpus(corpus: Corpus, params: SearchParams, style: QuoteStyle): PassageHit[] {
  const query = typeof params?.query === 'string' ? params.query : '';
  if (query.trim().length < 3) return [];
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(params.limit) || DEFAULT_LIMIT)));
  return corpus.search(query, limit).map((r) => toPassageHit(r, style));
}

export function evidenceFor(draft: ParsedDraft, doc: TextDocument, params: EvidenceParams, corpus: Corpus, style: QuoteStyle): EvidenceResult {
  const offset = doc.offsetAt(params.position);
  const [paraStart, paraEnd] = paragraphAt(draft.text, offset);
  const here = locateInDraft(draft.model, offset).sentence;
  // The sentences of the paragraph (or list item, or table cell) at the cursor.
  const sentences = here
    ? draft.model.sentences.filter((s) => s.unit === here.unit)
    : draft.model.sentences.filter((s) => s.start >= paraStart && s.end <= paraEnd);
  const claims = sentences.map((s) => {
    const hits = rankBySupport(corpus, s.claimText, corpus.search(s.claimText, EVIDENCE_PER_CLAIM * 2))
      .slice(0, EVIDENCE_PER_CLAIM)
      .map(({ result, supports }) => ({ ...toPassageHit(result, style), supports }));
    return { range: draft.lines.rangeOf(s.start, s.end), text: s.claimText, evidence: hits };
  });
  const start = sentences.length ? sentences[0].start : paraStart;
  const end = sentences.length ? sentences[sentences.length - 1].end : paraEnd;
  return { paragraph: draft.lines.rangeOf(start, end), claims };
}

export async function listSources(corpus: Corpus, drafts: WorkspaceDrafts, token?: CancellationToken): Promise<SourceInfo[]> {
  const counts = await drafts.citationCounts(corpus, token);
  return corpus
    .documents()
    .sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1))
    .map((d) => {
      const lines = corpus.lineIndex(d.sourceId);
      const first = d.sentences[0];
      const info: SourceInfo = {
        sourceId: d.sourceId,
        title: d.metadata.title ?? d.sourceId,
        uri: sourceUri(d.file),
        firstPassage: first && lines ? lines.rangeOf(first.start, first.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        passages: d.sentences.length,
        citationCount: counts.get(d.sourceId) ?? 0,
      };
      for (const field of ['author', 'publisher', 'date', 'url'] as const) if (d.metadata[field]) info[field] = d.metadata[field];
      return info;
    });
}
