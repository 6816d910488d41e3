import type { z } from 'zod';
import { currentSchemaVersion, maximumFormulaLength, PlanSchema, type Plan } from './plan-schema.ts';
import { MissingMigrationError, migratePlan, planMigrations, type Migration, type RawPlan } from './migrations.ts';
import { inputLimitProblem, type InputLimit, type InputLimits } from './input-limits.ts';
import { reservedIdIssue } from './reserved-ids.ts';
import { planFileSizeLimit } from '../host-api.ts';

/** Why a file could not be read as a plan; the UI and the CLI turn this into a message. */
export type PlanReadError =
  | { code: 'not-json'; detail: string }
  | { code: 'not-a-plan' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: number }
  | { code: 'migration-failed'; version: number; detail: string }
  | { code: 'over-limit'; limit: InputLimit | 'size'; path: string; found: number; allowed: number }
  | { code: 'invalid'; path: string; problem: FieldProblem; expected: string; detail: string };

export type FieldProblem = 'missing' | 'wrong-type' | 'too-small' | 'too-big' | 'not-allowed' | 'wrong-format' | 'reserved-id' | 'other';

/**
 * Far beyond any plan (its deepest value, a stored formula's text inside a submitted copy, is 8
 * levels down; its field names are words), far short of what overflows a stack.
 */
export const planInputLimits: InputLimits = { nesting: 32, textLength: maximumFormulaLength, nameLength: 100 };

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

/** The start of a long path, enough to find the place (`review.submittedPlan.notes[0][0][0]…`). */
export function formatPathStart(path: readonly PropertyKey[], keys = 6): string {
  return path.length > keys ? `${formatPath(path.slice(0, keys))}…` : formatPath(path);
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
    case 'custom':
      return issue.params?.reason === reservedIdIssue.reason ? { problem: 'reserved-id', expected: '' } : { problem: 'other', expected: '' };
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

/**
 * Parses, upgrades and validates the text of a plan file. Never throws. The parsed value is
 * measured before anything else touches it (JSON.parse itself does not recurse in V8), so a
 * file nested thousands deep is refused with its place named rather than overflowing a stack.
 */
export function readPlan(text: string, migrations: readonly Migration[] = planMigrations): PlanReadResult {
  if (text.length > planFileSizeLimit) {
    return { ok: false, error: { code: 'over-limit', limit: 'size', path: '', found: text.length, allowed: planFileSizeLimit } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: (error as Error).message } };
  }
  const overLimit = inputLimitProblem(json, planInputLimits);
  if (overLimit) {
    const { limit, path, found, allowed } = overLimit;
    return { ok: false, error: { code: 'over-limit', limit, path: formatPathStart(path), found, allowed } };
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
