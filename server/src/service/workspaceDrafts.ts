/**
 * The citations in the workspace's drafts: every open Markdown document,
 * plus the `.md` / `.markdown` files in the workspace folders outside the
 * corpus folders (a source is not a draft), hidden folders and
 * node_modules, read through the injected WorkspaceReader (the service
 * never touches the disk). Serves "find references" of a source and the
 * citation counts of the Sources view.
 *
 * Files are parsed once and again only when their size or modification
 * time changes; open documents are read from the editor, since their
 * unsaved text is what the user sees. The walk is bounded (files, depth) so
 * opening a home folder cannot stall the server.
 */
import type { Corpus } from '../engine/corpus/corpus.js';
import { sourceIdOf } from '../engine/check/citationResolver.js';
import { parseDraft } from '../engine/draft/parseDraft.js';
import type { Citation } from '../engine/draft/draftTypes.js';
import { joinPath } from '../engine/host.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import type { Range } from '../engine/types.js';
import type { DraftAnalysis } from './analysis.js';
import type { CancellationToken, LanguageServiceInit, ServiceDocument } from './types.js';

const MAX_FILES = 5000;
const MAX_DEPTH = 12;
const MAX_BYTES = 4 * 1024 * 1024;
const DRAFT_FILE = /\.(?:md|markdown)$/i;

export interface CitationSite {
  /** The key as written, or the link target for a link citation. */
  key?: string;
  target?: string;
  /** Range of the key (or link) in the draft. */
  range: Range;
}

export interface DraftCitations {
  uri: string;
  /** File path, when the draft is a file. */
  path?: string;
  sites: CitationSite[];
}

interface OnDisk {
  mtimeMs: number;
  size: number;
  sites: CitationSite[];
}

/** The service's workspace (types.ts) as far as the drafts need it, and the open documents' analyses. */
export interface WorkspaceDraftsInit extends Pick<
  LanguageServiceInit,
  'files' | 'documents' | 'uris' | 'workspaceFolders' | 'corpusRoots'
> {
  /** The analysis of an open document (its parse is shared with the other features). */
  analysisOf(doc: ServiceDocument): DraftAnalysis;
}

export class WorkspaceDrafts {
  private readonly onDisk = new Map<string, OnDisk>();

  constructor(private readonly init: WorkspaceDraftsInit) {}

  /** Citations of every draft: open ones first, then those only on disk. */
  async all(token?: CancellationToken): Promise<DraftCitations[]> {
    const { documents, uris } = this.init;
    const out: DraftCitations[] = [];
    const openPaths = new Set<string>();
    for (const doc of documents.all()) {
      if (doc.languageId !== undefined && doc.languageId !== 'markdown') continue;
      const path = uris.pathOf(doc.uri);
      if (path) openPaths.add(path);
      if (path && this.inCorpus(path)) continue;
      const analysis = this.init.analysisOf(doc);
      out.push({ uri: doc.uri, ...(path ? { path } : {}), sites: sitesOf(analysis.model.citations, analysis.lines) });
    }
    const seen = new Set<string>();
    for (const path of await this.listDraftFiles(token)) {
      if (token?.isCancellationRequested) break;
      seen.add(path);
      if (openPaths.has(path)) continue;
      const sites = await this.readSites(path);
      if (sites) out.push({ uri: uris.fileUri(path), path, sites });
    }
    for (const path of this.onDisk.keys()) if (!seen.has(path)) this.onDisk.delete(path);
    return out;
  }

  /** Citation counts per source id across all drafts (link citations resolved to their source). */
  async citationCounts(corpus: Corpus, token?: CancellationToken): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const draft of await this.all(token)) {
      for (const site of draft.sites) {
        const id = sourceIdOf(site, corpus, draft.path);
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return counts;
  }

  private inCorpus(path: string): boolean {
    return this.init
      .corpusRoots()
      .some((root) => path === root || path.startsWith(/[\\/]$/.test(root) ? root : `${root}/`) || path.startsWith(`${root}\\`));
  }

  private async readSites(path: string): Promise<CitationSite[] | undefined> {
    const { files } = this.init;
    try {
      const stat = files.fileStat ? await files.fileStat(path) : undefined;
      if (files.fileStat && !stat) throw new Error('gone');
      if (stat && stat.size > MAX_BYTES) return undefined;
      const cached = this.onDisk.get(path);
      if (stat && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.sites;
      const bytes = await files.readFile(path);
      if (bytes.byteLength > MAX_BYTES) return undefined;
      const text = new TextDecoder().decode(bytes);
      const sites = sitesOf(parseDraft(text).citations, new LineIndex(text));
      this.onDisk.set(path, { mtimeMs: stat?.mtimeMs ?? -1, size: stat?.size ?? bytes.byteLength, sites });
      return sites;
    } catch {
      // Deleted or unreadable since the walk: not a draft any more.
      this.onDisk.delete(path);
      return undefined;
    }
  }

  private async listDraftFiles(token?: CancellationToken): Promise<string[]> {
    const { files } = this.init;
    const found: string[] = [];
    const visited = new Set<string>();
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || found.length >= MAX_FILES || token?.isCancellationRequested) return;
      const real = files.realPath ? await files.realPath(dir).catch(() => dir) : dir;
      if (visited.has(real) || this.inCorpus(dir)) return;
      visited.add(real);
      const entries = await files.readDirectory(dir).catch(() => []);
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const path = joinPath(dir, e.name);
        if (e.kind === 'directory') await walk(path, depth + 1);
        else if (e.kind === 'file' && DRAFT_FILE.test(e.name) && !this.inCorpus(path)) {
          found.push(path);
          if (found.length >= MAX_FILES) return;
        }
      }
    };
    for (const folder of this.init.workspaceFolders()) await walk(folder, 0);
    return found;
  }
}

function sitesOf(citations: readonly Citation[], lines: LineIndex): CitationSite[] {
  return citations.map((c) => ({
    ...(c.key !== undefined ? { key: c.key } : {}),
    ...(c.target !== undefined ? { target: c.target } : {}),
    range: lines.rangeOf(c.keyStart, c.keyEnd),
  }));
}
