#!/usr/bin/env node
/*
 * Builds what users run — the renderer, the desktop shell (main and preload) and the CLI —
 * into dist/, and only when a source changed: the fingerprint of every input is kept beside
 * the output, so `npm start` after a build starts at once. `--force` builds regardless.
 * Plain JavaScript on purpose: it runs before anything is built, with no compiler in the way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stampFile = join(root, 'dist', 'build-stamp.json');
const sourceFolders = ['electron', 'renderer', 'shared'];
const sourceFiles = ['package.json', 'package-lock.json', 'tsconfig.json'];
const targets = [
  { name: 'renderer', configFile: 'renderer/vite.config.ts', output: 'dist/renderer/index.html' },
  { name: 'main', configFile: 'electron/vite.config.ts', mode: 'main', output: 'dist/electron/main.cjs' },
  { name: 'preload', configFile: 'electron/vite.config.ts', mode: 'preload', output: 'dist/electron/preload.cjs' },
  { name: 'cli', configFile: 'electron/vite.config.ts', mode: 'cli', output: 'dist/cli/tamhil.mjs' },
];

function filesBelow(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesBelow(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** Content, not modification times: a fresh clone or a checkout of the same commit builds nothing new. */
function fingerprint() {
  const hash = createHash('sha256');
  const files = [
    ...sourceFolders.flatMap((folder) => filesBelow(join(root, folder))),
    ...sourceFiles.map((name) => join(root, name)).filter((path) => existsSync(path)),
  ].sort();
  for (const path of files) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  return hash.digest('hex');
}

function builtStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).fingerprint;
  } catch {
    return null;
  }
}

const force = process.argv.includes('--force');
const current = fingerprint();
const complete = targets.every((target) => existsSync(join(root, target.output)));
if (!force && complete && builtStamp() === current) process.exit(0);

let build;
try {
  ({ build } = await import('vite'));
} catch {
  process.stderr.write(
    complete
      ? 'tamhil: the sources changed since the last build, but the build tools are not installed (npm ci installs them); using the last build.\n'
      : 'tamhil: Tamhil is not built and the build tools are not installed: run `npm ci` in the project folder first.\n',
  );
  process.exit(complete ? 0 : 2);
}

const started = Date.now();
process.stderr.write('Building Tamhil (once, and again only when a source file changes)…\n');
for (const target of targets) {
  await build({ configFile: join(root, target.configFile), mode: target.mode, logLevel: 'warn' });
}
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(`${stampFile}.tmp`, `${JSON.stringify({ fingerprint: current, builtAt: new Date().toISOString() })}\n`);
renameSync(`${stampFile}.tmp`, stampFile);
process.stderr.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
