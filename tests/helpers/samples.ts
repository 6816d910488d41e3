import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Plan } from '@shared/model/plan-schema.ts';
import { readPlan } from '@shared/model/read-plan.ts';

/** The repository root and the bundled sample plans. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
export const samplesFolder = join(repositoryRoot, 'templates', 'samples');

export const validSampleName = 'givat-hadkalim-2027.tamhil';
export const overLimitSampleName = 'givat-hadkalim-2027-over-limit.tamhil';
export const validSamplePath = join(samplesFolder, validSampleName);
export const overLimitSamplePath = join(samplesFolder, overLimitSampleName);

export function sampleText(name: string): string {
  return readFileSync(join(samplesFolder, name), 'utf8');
}

/** The sample's JSON as plain data, for tests that damage it on purpose. */
export function sampleJson(name: string): Record<string, unknown> {
  return JSON.parse(sampleText(name)) as Record<string, unknown>;
}

type JsonPath = readonly (string | number)[];

function containerAt(json: unknown, path: JsonPath): Record<string | number, unknown> {
  let current = json;
  for (const key of path.slice(0, -1)) {
    current = (current as Record<string | number, unknown>)[key];
    if (typeof current !== 'object' || current === null) throw new Error(`no object at ${path.join('.')}`);
  }
  return current as Record<string | number, unknown>;
}

/** Sets `value` at `path` (e.g. ['services', 2, 'unitCost']) in plain JSON data, in place. */
export function setAtPath(json: unknown, path: JsonPath, value: unknown): void {
  containerAt(json, path)[path[path.length - 1]!] = value;
}

/** Removes the field at `path` from plain JSON data, in place. */
export function deleteAtPath(json: unknown, path: JsonPath): void {
  delete containerAt(json, path)[path[path.length - 1]!];
}

export function samplePlan(name: string): Plan {
  const result = readPlan(sampleText(name));
  if (!result.ok) throw new Error(`sample ${name} does not read: ${JSON.stringify(result.error)}`);
  return result.plan;
}

/**
 * The sample as its team leaves it once every station is finished: what a submission needs. The
 * sample's stations are not all complete in content, so the team sets them done, with a reason.
 */
export function finishedSamplePlan(name: string = validSampleName): Plan {
  const plan = samplePlan(name);
  const finished = { status: 'done', statusReason: 'הצוות סיים את עבודת התחנה' } as const;
  return { ...plan, stations: Object.fromEntries(Object.entries(plan.stations).map(([id, work]) => [id, { ...work, ...finished }])) as Plan['stations'] };
}
