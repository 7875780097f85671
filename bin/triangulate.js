#!/usr/bin/env node
// The installed command: a thin launcher for the compiled CLI (built by `npm ci` via `prepare`).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`triangulate stories | head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
