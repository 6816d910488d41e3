import type { z } from 'zod';
import { currentSchemaVersion, PlanSchema, type Plan } from './plan-schema.ts';
import { MissingMigrationError, migratePlan, planMigrations, type Migration, type RawPlan } from './migrations.ts';

/** Why a file could not be read as a plan; the UI and the CLI turn this into a message. */
export type PlanReadError =
  | { code: 'not-json'; detail: string }
  | { code: 'not-a-plan' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: number }
  | { code: 'migration-failed'; version: number; detail: string }
  | { code: 'invalid'; path: string; problem: FieldProblem; expected: string; detail: string };

export type FieldProblem = 'missing' | 'wrong-type' | 'too-small' | 'too-big' | 'not-allowed' | 'wrong-format' | 'other';

export type PlanReadResult = { ok: true; plan: Plan; migratedFrom: number | null } | { ok: false; error: PlanReadError };

/** `services[3].unitCost`: the same notation the CLI and the findings use. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod leaves the offending value out of its issues, so a missing field is told apart by looking it up. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): { problem: FieldProblem; expected: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { problem: valueAt(input, issue.path) === undefined ? 'missing' : 'wrong-type', expected: issue.expected };
    case 'too_small':
      return { problem: 'too-small', expected: String(issue.minimum) };
    case 'too_big':
      return { problem: 'too-big', expected: String(issue.maximum) };
    case 'invalid_value':
      return { problem: 'not-allowed', expected: issue.values.map(String).join(', ') };
    case 'invalid_format':
      return { problem: 'wrong-format', expected: issue.format };
    default:
      return { problem: 'other', expected: '' };
  }
}

function isRawPlan(value: unknown): value is RawPlan {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { schemaVersion?: unknown }).schemaVersion === 'number' &&
    Number.isInteger((value as { schemaVersion: number }).schemaVersion)
  );
}

/** Parses, upgrades and validates the text of a plan file. Never throws. */
export function readPlan(text: string, migrations: readonly Migration[] = planMigrations): PlanReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: (error as Error).message } };
  }
  if (!isRawPlan(json)) return { ok: false, error: { code: 'not-a-plan' } };
  if (json.schemaVersion > currentSchemaVersion) {
    return { ok: false, error: { code: 'newer-version', version: json.schemaVersion, supported: currentSchemaVersion } };
  }
  let migrated: RawPlan;
  try {
    migrated = migratePlan(json, currentSchemaVersion, migrations);
  } catch (error) {
    if (error instanceof MissingMigrationError) {
      return { ok: false, error: { code: 'unknown-version', version: error.version } };
    }
    return { ok: false, error: { code: 'migration-failed', version: json.schemaVersion, detail: (error as Error).message } };
  }
  const parsed = PlanSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: { code: 'invalid', path: formatPath(issue.path), ...describeIssue(issue, migrated), detail: issue.message },
    };
  }
  return {
    ok: true,
    plan: parsed.data,
    migratedFrom: json.schemaVersion === currentSchemaVersion ? null : json.schemaVersion,
  };
}
