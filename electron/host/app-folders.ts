import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

/** Folders of the app as it sits in the source tree (development, `npm run web`, the CLI). */
export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const samplesFolder = join(appRoot, 'templates', 'samples');
export const rendererBuildFolder = join(appRoot, 'dist', 'renderer');

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
