import type { Plan } from '@shared/model/plan-schema.ts';

/** Written into a plan's "prepared by" so that every version saved can be told apart, at the same length. */
export function versionMarker(version: number): string {
  return `save-harness version ${String(version).padStart(6, '0')}`;
}

export function withVersion(plan: Plan, version: number): Plan {
  return { ...plan, details: { ...plan.details, preparedBy: versionMarker(version) } };
}

/** The version a plan file's text carries, or null when it carries none. */
export function versionIn(text: string): number | null {
  const found = /save-harness version (\d{6})/.exec(text);
  return found ? Number(found[1]) : null;
}
