// Plan files' text made from the sample plan, for the hostile cases.
import { sampleJson, validSampleName } from '../helpers/samples.ts';

export type Json = Record<string, unknown>;
type Edit = (plan: Json & { details: Json; services: Json[]; review: Json; population: { bands: Json[] } }) => void;

/** The sample plan as plain JSON data, a fresh copy each time. */
export const sample = () => sampleJson(validSampleName) as Parameters<Edit>[0];

/** The sample with one edit, written as Tamhil writes a plan. */
export function edited(edit: Edit): string {
  const plan = sample();
  edit(plan);
  return JSON.stringify(plan, null, 2);
}

/** The sample with raw JSON text (which JSON.stringify could not write, or would recurse to write) at a marked place. */
export function withRawJson(edit: (plan: ReturnType<typeof sample>, marker: string) => void, raw: string): string {
  const marker = '\u0000raw\u0000';
  return edited((plan) => edit(plan, marker)).replace(JSON.stringify(marker), raw);
}

export const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
export const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;
