#!/usr/bin/env node
// The tandai command: registers tsx so Node runs the TypeScript model and CLI as they are.
import { register } from 'tsx/esm/api';

register();

process.stdout.on('error', (error) => {
  // A reader that stops early (`tandai convert … | head`) is not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { run } = await import('../cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
