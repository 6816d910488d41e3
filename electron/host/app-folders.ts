import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Tamhil's package.json. Found by walking up rather than by a fixed number
 * of `..`, because this module runs from its source file (tests, development) and from inside
 * a chunk of the built CLI (dist/cli/chunks), at different depths.
 */
function findAppRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tamhil') return folder;
    if (dirname(folder) === folder) throw new Error(`no Tamhil package.json above ${start}`);
  }
}

/** Folders of the app as it sits on disk (the source tree, or an installed package). */
export const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));
export const samplesFolder = join(appRoot, 'templates', 'samples');
export const rendererBuildFolder = join(appRoot, 'dist', 'renderer');

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
