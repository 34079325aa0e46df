/**
 * `sourced check FILE... --corpus DIR`: checks Markdown drafts against the
 * corpus. Exit 0 when nothing at warning level or above, 1 when there are
 * findings, 2 on usage or I/O errors.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseCommon } from '../args.js';
import { cacheDirOf, corpusRoots, InputError, openCorpus } from '../openCorpus.js';
import { DraftChecker } from '../../engine/check/checkDraft.js';
import { ClaimMemo, prepareAhead } from '../../engine/check/claimsAhead.js';
import type { DraftDiagnostic } from '../../engine/check/diagnostics.js';
import { formatCheckText, toJsonDiagnostic } from '../checkFormat.js';
import { toSarif } from '../sarif.js';
import { errorMessage } from '../../engine/text/errorText.js';
import { changedEntries, CheckResultCache } from '../checkResultCache.js';

export async function checkCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  if (options.positionals.length === 0) throw new UsageError('check needs at least one Markdown FILE.');
  const drafts = options.positionals.map((file) => ({ file, text: readDraft(file), path: resolve(file) }));
  const opening = openCorpus(options);
  // What the last check of each draft found, read meanwhile (checkResultCache.ts): unchanged sentences are not checked again.
  const resultCache = options.noCache ? undefined : new CheckResultCache(corpusRoots(options), cacheDirOf(options));
  const stored = drafts.map((d) => resultCache?.load(d.path));
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
  const fingerprint = resultCache ? corpus.fingerprint() : '';
  const reused = await Promise.all(stored.map(async (s) => resultCache?.usable(await s, fingerprint) ?? []));
  for (const entries of reused) checker.adopt(entries);
  const checked = drafts.map(({ text, path }, i) =>
    checker.checkWithRecords(text, { sensitivity: options.sensitivity, draftPath: path }, prepared[i]),
  );
  const results = drafts.map(({ file }, i) => ({ file, diagnostics: checked[i].diagnostics }));
  if (options.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ files: results.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(toJsonDiagnostic) })) }, null, 2)}\n`,
    );
  } else if (options.format === 'sarif') {
    process.stdout.write(`${JSON.stringify(toSarif(results), null, 2)}\n`);
  } else {
    process.stdout.write(formatCheckText(results, process.stdout.isTTY === true));
  }
  // After the output, so the writer sees the findings first.
  if (resultCache) {
    await Promise.all(
      drafts.map(({ path }, i) => {
        const used = checker.entries(checked[i].keys);
        return changedEntries(reused[i], used) ? resultCache.save(path, fingerprint, used) : undefined;
      }),
    );
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
