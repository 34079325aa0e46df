/**
 * `sourced references DRAFT --corpus DIR [--style harvard|apa|chicago]
 * [--order cited|alphabetical] [--json]`: the reference list of the sources
 * a draft cites, as Markdown list items ready to paste under a heading.
 * Citations of keys the corpus does not have are named on stderr.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseCommon } from '../args.js';
import { InputError, openCorpus } from '../openCorpus.js';
import { parseDraft } from '../../engine/draft/parseDraft.js';
import { citedSources } from '../../engine/cite/citedSources.js';
import { REFERENCE_STYLES, referenceEntries, type ReferenceOrder, type ReferenceStyle } from '../../engine/cite/referenceList.js';
import { errorMessage } from '../../engine/text/errorText.js';

export async function referencesCommand(argv: string[]): Promise<number> {
  const options = parseCommon(argv);
  if (options.positionals.length !== 1) throw new UsageError('references needs one Markdown DRAFT.');
  const style = (options.style ?? 'harvard') as ReferenceStyle;
  if (!REFERENCE_STYLES.includes(style)) throw new UsageError(`--style must be ${REFERENCE_STYLES.join(', ')}, not "${options.style}".`);
  const order = (options.order ?? 'cited') as ReferenceOrder;
  if (order !== 'cited' && order !== 'alphabetical') throw new UsageError(`--order must be cited or alphabetical, not "${options.order}".`);
  const file = options.positionals[0];
  const text = readDraft(file);
  const { corpus } = await openCorpus(options);
  const { sourceIds, unknown } = citedSources(parseDraft(text), corpus, resolve(file));
  for (const name of unknown)
    process.stderr.write(
      `sourced: note: ${file} cites ${name.startsWith('@') ? name : `@${name}`}, which is not a source in the corpus; left out.\n`,
    );
  const entries = await referenceEntries(
    sourceIds.map((id) => corpus.document(id)!),
    { style, order },
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ style, order, references: entries })}\n`);
  } else if (entries.length === 0) {
    process.stderr.write(`sourced: note: ${file} cites no source in the corpus.\n`);
  } else {
    process.stdout.write(`${entries.map((e) => `- ${e.markdown}`).join('\n')}\n`);
  }
  return 0;
}

function readDraft(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read draft "${file}" (${errorMessage(error)}).`);
  }
}
