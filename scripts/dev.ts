// Runs the CLI from source (no build): `node --import tsx scripts/dev.ts brief examples/`.
import { main } from '../src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
