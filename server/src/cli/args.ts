/**
 * Command-line parsing on `node:util` parseArgs. Usage errors become a
 * `UsageError`, which main turns into exit code 2 and a short help text.
 */
import { parseArgs } from 'node:util';
import { errorMessage } from '../engine/text/errorText.js';

export class UsageError extends Error {}

export interface CommonOptions {
  corpus: string[];
  stats: boolean;
  json: boolean;
  limit: number;
  queries?: string;
  noCache: boolean;
  cacheDir?: string;
  maxFileMb?: number;
  format: 'text' | 'json' | 'sarif';
  sensitivity?: number;
  /** `references`: the CSL style and the order of entries (checked by the command). */
  style?: string;
  order?: string;
  positionals: string[];
}

export function parseCommon(argv: string[]): CommonOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        stats: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        queries: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-dir': { type: 'string' },
        'max-file-mb': { type: 'string' },
        format: { type: 'string' },
        sensitivity: { type: 'string' },
        style: { type: 'string' },
        order: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  const v = parsed.values;
  const corpus = v.corpus ?? [];
  if (corpus.length === 0) throw new UsageError('--corpus DIR is required (it may be repeated).');
  const limit = v.limit === undefined ? 10 : Number(v.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${v.limit}".`);
  const maxFileMb = v['max-file-mb'] === undefined ? undefined : Number(v['max-file-mb']);
  if (maxFileMb !== undefined && !(maxFileMb > 0)) throw new UsageError('--max-file-mb must be a positive number.');
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif, not "${format}".`);
  const sensitivity = v.sensitivity === undefined ? undefined : Number(v.sensitivity);
  if (sensitivity !== undefined && !(sensitivity >= -1 && sensitivity <= 1))
    throw new UsageError('--sensitivity must be a number from -1 (fewer claims) to 1 (more).');
  return {
    format,
    sensitivity,
    corpus,
    stats: v.stats ?? false,
    json: v.json ?? false,
    limit,
    queries: v.queries,
    noCache: v['no-cache'] ?? false,
    cacheDir: v['cache-dir'],
    maxFileMb,
    style: v.style,
    order: v.order,
    positionals: parsed.positionals,
  };
}

export const HELP = `Usage:
  sourced index  --corpus DIR [--corpus DIR...] [--stats]
  sourced search "QUERY" --corpus DIR [--limit N] [--json] [--stats]
  sourced search --queries FILE.jsonl --corpus DIR [--limit N] --json
  sourced sources [QUERY] --corpus DIR [--json]      list sources, fuzzy-matched by key, title or author
  sourced check FILE... --corpus DIR [--format text|json|sarif] [--sensitivity -1..1]
  sourced references DRAFT --corpus DIR [--style harvard|apa|chicago] [--order cited|alphabetical] [--json]

Options:
  --corpus DIR      a folder of source documents (.md, .txt, .html, .pdf, .docx) and
                    bibliographies (references.json or other CSL-JSON, .bib); repeatable
  --limit N         number of passages to return (default 10)
  --json            machine-readable output
  --stats           one JSON line of figures on stderr
  --no-cache        ignore and do not write the index cache (nor check's stored results)
  --cache-dir DIR   where the index cache lives (default ~/.cache/sourced)
  --max-file-mb N   refuse single sources larger than N MB (default 64)
  --format F        check output: text (default), json or sarif (SARIF 2.1.0)
  --sensitivity S   how readily sentences count as claims, -1 to 1 (default 0)
  --style S         references: harvard (Cite Them Right, default), apa or chicago (author-date)
  --order O         references: cited (first citation first, default) or alphabetical

check exits 0 when nothing at warning level or above was found, 1 when something was, 2 on errors.`;
