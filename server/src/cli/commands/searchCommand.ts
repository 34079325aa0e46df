/**
 * `sourced search`: one query from the command line, or one per line of a
 * JSONL file (`{"_id", "text"}`), printed as text or JSON.
 */
import { readFileSync } from 'node:fs';
import { UsageError, parseCommon } from '../args.js';
import { InputError, openCorpus, statsLine } from '../openCorpus.js';
import { formatResultsText, toJsonResult } from '../format.js';
import { errorMessage } from '../../engine/text/errorText.js';

export async function searchCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  const queries = options.queries ? readQueries(options.queries) : undefined;
  if (!queries && options.positionals.length === 0) throw new UsageError('search needs a "QUERY" or --queries FILE.jsonl.');
  if (queries && options.positionals.length > 0) throw new UsageError('give either a "QUERY" or --queries, not both.');
  const { corpus, summary, indexMs } = await openCorpus(options);
  const times: number[] = [];
  const run = (text: string) => {
    const started = performance.now();
    const results = corpus.search(text, options.limit);
    times.push(performance.now() - started);
    return results;
  };
  if (queries) {
    for (const q of queries) {
      const results = run(q.text);
      if (options.json) process.stdout.write(`${JSON.stringify({ queryId: q.id, results: results.map(toJsonResult) })}\n`);
      else process.stdout.write(`# ${q.id}: ${q.text}\n${formatResultsText(results)}\n`);
    }
  } else {
    const query = options.positionals.join(' ');
    const results = run(query);
    if (options.json) process.stdout.write(`${JSON.stringify({ query, results: results.map(toJsonResult) })}\n`);
    else process.stdout.write(formatResultsText(results));
  }
  if (options.stats) process.stderr.write(`${statsLine(summary, indexMs, times)}\n`);
  return 0;
}

function readQueries(file: string): Array<{ id: string; text: string }> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read queries file "${file}" (${errorMessage(error)}).`);
  }
  const out: Array<{ id: string; text: string }> = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let item: { _id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}: not valid JSON.`);
    }
    if (typeof item.text !== 'string') throw new InputError(`${file}:${i + 1}: each line needs a "text" string.`);
    out.push({ id: String(item._id ?? i + 1), text: item.text });
  });
  return out;
}
