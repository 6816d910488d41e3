import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { describe, it, expect } from 'vitest';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { buildPlan, buildService, withServices } from '../helpers/plan-builders.ts';
import { overLimitSampleName, sampleText, validSampleName } from '../helpers/samples.ts';

/** The same data with every object's keys in reverse order, at every depth. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => reverseKeys(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .reverse()
        .map(([key, item]) => [key, reverseKeys(item)]),
    ) as T;
  }
  return value;
}

function samplePlanOf(name: string): Plan {
  const result = readPlan(sampleText(name));
  if (!result.ok) throw new Error(`sample ${name} does not read`);
  return result.plan;
}

describe('serializePlan', () => {
  it('writes the same text for a plan whose keys were built in another order', () => {
    const plan = withServices(buildPlan(), buildService({ id: 'svc-a' }), buildService({ id: 'svc-b', kind: 'self-developed' }));
    const shuffled = reverseKeys(plan);
    expect(Object.keys(shuffled)[0]).toBe('history');
    expect(serializePlan(shuffled)).toBe(serializePlan(plan));
  });

  it('writes keys in the schema order, schemaVersion first', () => {
    const text = serializePlan(reverseKeys(buildPlan()));
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.slice(0, 4)).toEqual(['schemaVersion', 'id', 'details', 'policy']);
    expect(keys[keys.length - 1]).toBe('history');
  });

  it('indents with two spaces and ends with exactly one newline', () => {
    const text = serializePlan(buildPlan());
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe(`  "schemaVersion": ${currentSchemaVersion},`);
    expect(text).toContain('\n    "authority": "רשות לדוגמה",\n');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('\t');
  });

  it('drops fields the schema does not know', () => {
    const plan = { ...buildPlan(), stray: 'value' } as Plan;
    expect(serializePlan(plan)).not.toContain('stray');
  });

  it('writes text that reads back as the same plan', () => {
    const plan = withServices(buildPlan(), buildService({ unitCost: 12.34 }));
    expect(readPlan(serializePlan(plan))).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('writes Hebrew as characters, not escapes, so the file stays readable', () => {
    expect(serializePlan(buildPlan())).toContain('רשות לדוגמה');
  });

  it.each([validSampleName, overLimitSampleName])('round-trips the sample %s byte for byte', (name) => {
    const text = sampleText(name);
    expect(serializePlan(samplePlanOf(name))).toBe(text);
  });

  it('refuses to write a plan that is not valid', () => {
    const plan = withServices(buildPlan(), buildService({ unitCost: -5 }));
    expect(() => serializePlan(plan)).toThrow();
  });
});
