/** Entry point of the `sourced` binary (bundled to dist/cli.js). */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sourced: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
