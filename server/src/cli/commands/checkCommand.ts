/**
 * `sourced check FILE... --corpus DIR`: checks Markdown drafts against the
 * corpus. Exit 0 when nothing at warning level or above, 1 when there are
 * findings, 2 on usage or I/O errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseCommon } from '../args.js';
import { InputError, openCorpus } from '../openCorpus.js';
import { DraftChecker } from '../../engine/check/checkDraft.js';
import { ClaimMemo, prepareAhead } from '../../engine/check/claimsAhead.js';
import type { DraftDiagnostic } from '../../engine/check/diagnostics.js';
import { formatCheckText, toJsonDiagnostic } from '../checkFormat.js';
import { toSarif } from '../sarif.js';
import { errorMessage } from '../../engine/text/errorText.js';

export async function checkCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  if (options.positionals.length === 0) throw new UsageError('check needs at least one Markdown FILE.');
  const drafts = options.positionals.map((file) => ({ file, text: readDraft(file) }));
  const opening = openCorpus(options);
  // Its failure is reported when it is awaited below, not as an unhandled rejection while the drafts are prepared.
  opening.catch(() => undefined);
  // While the index cache is read from disk, the drafts are parsed and their sentences classified (claimsAhead.ts).
  const claims = new ClaimMemo();
  const pause = () => new Promise<void>((done) => setImmediate(done));
  const prepared = await prepareAhead(
    drafts.map((d) => d.text),
    claims,
    options.sensitivity,
    pause,
  );
  const { corpus } = await opening;
  const checker = new DraftChecker(corpus, claims);
  const results = drafts.map(({ file, text }, i) => ({
    file,
    diagnostics: checker.check(text, { sensitivity: options.sensitivity, draftPath: resolve(file) }, prepared[i]),
  }));
  if (options.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ files: results.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(toJsonDiagnostic) })) }, null, 2)}\n`,
    );
  } else if (options.format === 'sarif') {
    process.stdout.write(`${JSON.stringify(toSarif(results), null, 2)}\n`);
  } else {
    process.stdout.write(formatCheckText(results, process.stdout.isTTY === true));
  }
  return results.some((r) => r.diagnostics.some(atLeastWarning)) ? 1 : 0;
}

function atLeastWarning(d: DraftDiagnostic): boolean {
  return d.severity === 'error' || d.severity === 'warning';
}

function readDraft(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read draft "${file}" (${errorMessage(error)}).`);
  }
}
