#!/usr/bin/env node
// The installed command: a thin launcher for the compiled CLI (built by `npm ci` via `prepare`).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
