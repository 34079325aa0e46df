/**
 * The corpus's bibliographies: the CSL-JSON and BibTeX files found under
 * its roots, read into entries by citation key and by attached file name
 * (an entry's `file` field), which give documents their keys and metadata.
 *
 * Invariants: `files` is sorted and holds each bibliography once; after
 * `load`, a later file's entry wins a key two files share; an attached
 * name is matched with and without its extension, case-insensitively, and
 * the first entry naming it keeps it. Reading never throws: problems are
 * collected for the refresh summary.
 */
import type { IngestProblem } from '../types.js';
import { baseName, type FileStat, type WorkspaceReader } from '../host.js';
import { bibliographyKind, parseCslJson, type BibEntry } from '../ingest/bibliography.js';
import { parseBibtex } from '../ingest/bibtex.js';
import { decodeText } from '../ingest/decode.js';
import type { BibliographyLookup } from './documentStore.js';
import { errorMessage } from '../text/errorText.js';

/** A `.json` file not named as a bibliography is read as one only up to this size. */
const MAX_GUESSED_BIBLIOGRAPHY_BYTES = 16 * 1024 * 1024;

export class CorpusBibliography implements BibliographyLookup {
  private byId = new Map<string, BibEntry>();
  /** Entries by attached file name (lower case), from `file` fields. */
  private byFile = new Map<string, BibEntry>();
  private tracked: string[] = [];
  /** Problems of the last load. */
  problems: IngestProblem[] = [];

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly stat: (file: string) => Promise<FileStat | undefined>,
  ) {}

  /** The bibliography files, sorted. */
  get files(): readonly string[] {
    return this.tracked;
  }

  set files(files: readonly string[]) {
    this.tracked = [...files];
  }

  has(file: string): boolean {
    return this.tracked.includes(file);
  }

  add(file: string): void {
    if (!this.tracked.includes(file)) this.tracked = [...this.tracked, file].sort();
  }

  remove(file: string): void {
    this.tracked = this.tracked.filter((f) => f !== file);
  }

  entry(id: string): BibEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry whose `file` field names this document: same file name, else same name without extension. */
  attachedTo(file: string): BibEntry | undefined {
    if (this.byFile.size === 0) return undefined;
    const name = baseName(file).toLowerCase();
    return this.byFile.get(name) ?? this.byFile.get(stem(name));
  }

  /** Every entry, as text: what the corpus's fingerprint reads of the bibliographies. */
  signature(): string {
    return JSON.stringify([...this.byId.values()]);
  }

  /** Reads every bibliography again. */
  async load(): Promise<void> {
    this.problems = [];
    const entries = await this.readAll(this.tracked, this.problems);
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.byFile = new Map();
    for (const entry of entries) {
      for (const name of entry.files ?? []) {
        const lower = name.toLowerCase();
        if (!this.byFile.has(lower)) this.byFile.set(lower, entry);
        if (!this.byFile.has(stem(lower))) this.byFile.set(stem(lower), entry);
      }
    }
  }

  /** Every entry of every bibliography, in file order; a later file's entry wins a shared key. */
  private async readAll(files: readonly string[], problems: IngestProblem[]): Promise<BibEntry[]> {
    const entries = new Map<string, BibEntry>();
    for (const file of files) {
      try {
        const kind = bibliographyKind(baseName(file));
        // Any .json is tried as a bibliography; a large data file is not read to find out.
        if (kind === 'maybe' && ((await this.stat(file))?.size ?? 0) > MAX_GUESSED_BIBLIOGRAPHY_BYTES) continue;
        const decoded = decodeText(file, await this.reader.readFile(file));
        problems.push(...decoded.problems);
        if (decoded.text === undefined) continue;
        const isBibtex = /\.bib(?:tex)?$/i.test(file);
        const parsed = isBibtex ? await parseBibtex(file, decoded.text) : parseCslJson(file, decoded.text, kind === 'maybe');
        problems.push(...parsed.problems);
        for (const entry of parsed.entries) entries.set(entry.id, entry);
      } catch (error) {
        problems.push({
          file,
          severity: 'error',
          message: `${file}: could not be read (${errorMessage(error)}).`,
        });
      }
    }
    return [...entries.values()];
  }
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
