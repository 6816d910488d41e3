import { constants } from 'node:fs';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SampleDescriptionsSchema, type SampleEntry } from '@shared/host-api.ts';
import { openPlanFile, planExtension } from './plan-files.ts';

async function sampleNames(samplesFolder: string): Promise<string[]> {
  return (await readdir(samplesFolder)).filter((name) => name.endsWith(planExtension)).sort();
}

/** A damaged or missing list only costs the descriptions, never the samples themselves. */
async function sampleDescriptions(samplesFolder: string) {
  try {
    const parsed = SampleDescriptionsSchema.safeParse(JSON.parse(await readFile(join(samplesFolder, 'samples.json'), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The plans bundled with Tamhil, described from their own content and the samples' list of what each shows. */
export async function listSamples(samplesFolder: string): Promise<SampleEntry[]> {
  const descriptions = await sampleDescriptions(samplesFolder);
  // The list's own order first (the complete sample before its variants), then any other sample.
  const listed = Object.keys(descriptions);
  const rank = (name: string) => (listed.includes(name) ? listed.indexOf(name) : listed.length);
  const entries: SampleEntry[] = [];
  for (const fileName of (await sampleNames(samplesFolder)).sort((a, b) => rank(a) - rank(b))) {
    const read = await openPlanFile(join(samplesFolder, fileName), fileName);
    if (!read.ok) continue;
    const { details } = read.plan;
    entries.push({ fileName, authority: details.authority, year: details.year, services: read.plan.services.length, description: descriptions[fileName] ?? null });
  }
  return entries;
}

/**
 * Copies a bundled sample into the workspace and says where it went. A file of the same name
 * already there is never replaced: the copy takes the next free name ("… (2).tamhil").
 */
export async function copySampleToWorkspace(samplesFolder: string, fileName: string, workspace: string): Promise<string | null> {
  if (!(await sampleNames(samplesFolder)).includes(fileName)) return null;
  const base = fileName.slice(0, -planExtension.length);
  for (let attempt = 1; attempt < 100; attempt++) {
    const target = join(workspace, attempt === 1 ? fileName : `${base} (${attempt})${planExtension}`);
    try {
      await copyFile(join(samplesFolder, fileName), target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`no free name for a copy of ${fileName} in the workspace`);
}
