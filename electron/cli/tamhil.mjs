#!/usr/bin/env node
// The `tamhil` command. Node 20 cannot run TypeScript, so tsx compiles the sources on the fly,
// with the project's tsconfig for the @shared alias wherever the command is started from.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname });
const { runCli } = await import('./run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), process.stdout, process.stderr);
