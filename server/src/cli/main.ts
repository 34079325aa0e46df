/**
 * The `sourced` command line over the engine. Exit codes: 0 success,
 * 1 findings (for `check`, later), 2 usage or input errors.
 */
import { HELP, UsageError } from './args.js';
import { InputError } from './openCorpus.js';
import { indexCommand } from './commands/indexCommand.js';
import { searchCommand } from './commands/searchCommand.js';
import { sourcesCommand } from './commands/sourcesCommand.js';
import { checkCommand } from './commands/checkCommand.js';
import { referencesCommand } from './commands/referencesCommand.js';
import { errorDetail } from '../engine/text/errorText.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  index: indexCommand,
  search: searchCommand,
  sources: sourcesCommand,
  check: checkCommand,
  references: referencesCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    process.stderr.write(`sourced: which command?\n${HELP}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sourced: unknown command "${name}".\n${HELP}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sourced ${name}: ${error.message}\n${HELP}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`sourced ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`sourced ${name}: unexpected error: ${errorDetail(error)}\n`);
    return 2;
  }
}
