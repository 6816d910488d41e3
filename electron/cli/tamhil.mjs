#!/usr/bin/env node
// The `tamhil` command runs the CLI as built into dist/cli (at install, or by `npm run build`):
// plain JavaScript, no compiler in the user's path.
import { existsSync } from 'node:fs';

const built = new URL('../../dist/cli/tamhil.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('tamhil: the command is not built yet: run `npm run build` in the Tamhil folder (npm ci does it too).\n');
  process.exit(2);
}
await import(built.href);
