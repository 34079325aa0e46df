/**
 * Finds a corpus's files: recursive, skipping hidden folders and
 * node_modules, safe against symlink loops, and tolerant of folders that
 * vanish or cannot be read while it walks.
 */
import type { IngestProblem } from '../types.js';
import { joinPath, type WorkspaceReader } from '../host.js';
import { isSourceFile } from '../ingest/readers/index.js';
import { BIBLIOGRAPHY_FILE_NAMES, bibliographyKind } from '../ingest/bibliography.js';
import { errorMessage } from '../text/errorText.js';

export interface CorpusListing {
  sources: string[];
  bibliographies: string[];
  problems: IngestProblem[];
}

const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * Whether a path the walk would index: under one of the roots, no hidden or
 * node_modules folder (or hidden file) below the root, a known source type.
 * File-watcher events go through this too, so they obey the walk's rules.
 */
export function isIndexable(path: string, roots: readonly string[]): boolean {
  const name = walkedName(path, roots);
  return name !== undefined && isSourceFile(name) && !BIBLIOGRAPHY_FILE_NAMES.includes(name.toLowerCase());
}

/** Whether a path the walk would read as a bibliography (CSL-JSON, BibTeX). */
export function isBibliographyPath(path: string, roots: readonly string[]): boolean {
  const name = walkedName(path, roots);
  return name !== undefined && bibliographyKind(name) !== undefined;
}

/** The file name of a path the walk would visit (under a root, nothing hidden or skipped on the way). */
function walkedName(path: string, roots: readonly string[]): string | undefined {
  const normal = path.replace(/\\/g, '/');
  for (const root of roots) {
    const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (!normal.startsWith(`${base}/`)) continue;
    const parts = normal.slice(base.length + 1).split('/');
    if (parts.some((p) => p.startsWith('.') || SKIPPED_DIRS.has(p)) || parts[parts.length - 1].startsWith('~$')) return undefined;
    return parts[parts.length - 1];
  }
  return undefined;
}

export async function listCorpus(reader: WorkspaceReader, roots: readonly string[]): Promise<CorpusListing> {
  const listing: CorpusListing = { sources: [], bibliographies: [], problems: [] };
  const seen = new Set<string>();
  const visit = async (dir: string, isRoot: boolean): Promise<void> => {
    const identity = reader.realPath ? await reader.realPath(dir).catch(() => dir) : dir;
    if (seen.has(identity)) {
      if (!isRoot)
        listing.problems.push({
          file: dir,
          severity: 'info',
          message: `${dir}: already indexed through another path (a symbolic link loop or a second link to the same folder); skipped.`,
        });
      return;
    }
    seen.add(identity);
    let entries;
    try {
      entries = await reader.readDirectory(dir);
    } catch (error) {
      const reason = errorMessage(error);
      listing.problems.push({
        file: dir,
        severity: 'error',
        message: isRoot ? `Corpus folder ${dir} cannot be read: ${reason}` : `${dir}: folder skipped (${reason})`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.kind === 'directory') {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        await visit(path, false);
      } else if (entry.kind === 'file') {
        // Hidden files, and the lock files Word and Excel leave beside an open document (~$report.docx).
        if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
        if (bibliographyKind(entry.name)) listing.bibliographies.push(path);
        else if (isSourceFile(entry.name)) listing.sources.push(path);
      }
    }
  };
  for (const root of roots) await visit(root, true);
  return listing;
}
