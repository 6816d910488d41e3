#!/usr/bin/env node
// The `tamhil` command. Node 20 cannot run TypeScript, so tsx compiles the sources on the fly,
// with the project's tsconfig for the @shared alias wherever the command is started from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
// `tamhil validate … | head` closes the pipe early; that is not an error of the plan.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
