/** The CLI proper (bundled to dist/cliMain.js), which the `sourced` binary, dist/cli.js (launch.ts), runs. */
import { main } from './main.js';
import { errorMessage } from '../engine/text/errorText.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sourced: ${errorMessage(error)}\n`);
    process.exitCode = 2;
  },
);
