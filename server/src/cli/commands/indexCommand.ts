/** `sourced index`: build or refresh the index and print a one-line summary. */
import { parseCommon } from '../args.js';
import { openCorpus, statsLine } from '../openCorpus.js';

export async function indexCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  const { summary, indexMs } = await openCorpus(options);
  const problems = summary.problems.filter((p) => p.severity !== 'info').length;
  process.stdout.write(
    `Indexed ${summary.documents} documents, ${summary.passages} passages (${(summary.bytes / 1048576).toFixed(1)} MB) ` +
      `in ${(indexMs / 1000).toFixed(2)} s: ${summary.analysed} analysed, ${summary.fromCache} from cache` +
      `${problems ? `; ${problems} problem(s) reported above` : ''}.\n`,
  );
  if (options.stats) process.stderr.write(`${statsLine(summary, indexMs, [])}\n`);
  return 0;
}
