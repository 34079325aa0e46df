/**
 * The language service in memory, for test/service/: the sample corpus (plus
 * any extra sources) in a MemoryWorkspace, drafts as open documents, default
 * settings unless given, and counters on the corpus's `search` and the quote
 * verifier, so a test can say which features search. Fixtures mark the
 * cursor with `$$CURSOR$$`.
 */
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { verifyQuote } from '../../server/src/engine/verify/quoteVerifier.js';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService.js';
import { NO_CANCELLATION, type OpenDocuments, type ServiceDocument } from '../../server/src/service/types.js';
import { nodeUris } from '../../server/src/node/uris.js';
import { DEFAULT_SETTINGS, type SourcedSettings } from '../../server/src/protocol.js';
import { MemoryWorkspace } from './memoryWorkspace.js';
import { sampleCorpusFiles } from './paths.js';

export const CURSOR = '$$CURSOR$$';
export const CORPUS_ROOT = '/corpus';
export const DRAFTS_ROOT = '/work';

/** A fixture without its cursor marker, and the marker's offset (-1 when there is none). */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  return { text: offset < 0 ? marked : marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

export interface Harness {
  service: LanguageService;
  corpus: Corpus;
  files: MemoryWorkspace;
  /** Calls since the last reset. */
  counts: { search: number; verify: number };
  resetCounts(): void;
  /** Opens (or replaces) a draft at /work/<name>; returns it and the cursor's offset. */
  open(name: string, marked: string): { doc: ServiceDocument; offset: number };
  close(uri: string): void;
  settings: SourcedSettings;
}

export interface HarnessOptions {
  /** Extra corpus files by name. */
  sources?: Record<string, string>;
  /** Draft files on "disk" (not open) by name under /work. */
  diskDrafts?: Record<string, string>;
  settings?: Partial<{ [K in keyof SourcedSettings]: Partial<SourcedSettings[K]> }>;
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const files = new MemoryWorkspace(sampleCorpusFiles(CORPUS_ROOT));
  for (const [name, text] of Object.entries(options.sources ?? {})) files.write(`${CORPUS_ROOT}/${name}`, text);
  for (const [name, text] of Object.entries(options.diskDrafts ?? {})) files.write(`${DRAFTS_ROOT}/${name}`, text);
  const corpus = new Corpus(files, { roots: [CORPUS_ROOT] });
  await corpus.refresh();
  const counts = { search: 0, verify: 0 };
  const search = corpus.search.bind(corpus);
  corpus.search = (...args: Parameters<Corpus['search']>) => {
    counts.search++;
    return search(...args);
  };
  const settings = structuredClone(DEFAULT_SETTINGS);
  for (const [group, values] of Object.entries(options.settings ?? {}))
    Object.assign((settings as unknown as Record<string, object>)[group], values);
  const open = new Map<string, ServiceDocument>();
  const documents: OpenDocuments = { get: (uri) => open.get(uri), all: () => [...open.values()] };
  const uris = nodeUris({ virtualSourceDocuments: () => false });
  const service = createLanguageService({
    corpus: { current: () => corpus, isReady: () => true, whenReady: async () => true },
    documents,
    files,
    workspaceFolders: () => [DRAFTS_ROOT],
    corpusRoots: () => [CORPUS_ROOT],
    settings: async () => settings,
    uris,
    verifyQuote: (...args) => {
      counts.verify++;
      return verifyQuote(...args);
    },
  });
  return {
    service,
    corpus,
    files,
    counts,
    settings,
    resetCounts: () => {
      counts.search = 0;
      counts.verify = 0;
    },
    open(name, marked) {
      const { text, offset } = withCursor(marked);
      const uri = uris.fileUri(`${DRAFTS_ROOT}/${name}`);
      const doc = { uri, version: (open.get(uri)?.version ?? 0) + 1, text, languageId: 'markdown' };
      open.set(uri, doc);
      return { doc, offset };
    },
    close(uri) {
      open.delete(uri);
      service.closed(uri);
    },
  };
}

export { NO_CANCELLATION };
