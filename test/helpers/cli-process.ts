/** Runs the CLI from source in its own process (for tests that need real concurrent processes). */
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
