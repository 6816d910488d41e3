import { describe, it, expect } from 'vitest';
import { readPlan, formatPath } from '@shared/model/read-plan.ts';
import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { deleteAtPath, sampleJson, sampleText, setAtPath, validSampleName } from '../helpers/samples.ts';

function damagedSample(damage: (json: Record<string, unknown>) => void): string {
  const json = sampleJson(validSampleName);
  damage(json);
  return JSON.stringify(json, null, 2);
}

describe('readPlan', () => {
  it('reads the bundled sample as a plan of the current schema version, not migrated', () => {
    const result = readPlan(sampleText(validSampleName));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.schemaVersion).toBe(currentSchemaVersion);
    expect(result.plan.details.authority).toBe('גבעת הדקלים');
    expect(result.plan.services).toHaveLength(16);
    expect(result.migratedFrom).toBeNull();
  });

  it('reads a new plan written by serializePlan', () => {
    const plan = buildPlan();
    const result = readPlan(serializePlan(plan));
    expect(result).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('reports text that is not JSON as not-json with the parser detail', () => {
    const result = readPlan('{"schemaVersion": 1, "id": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-json');
    expect(result.error.code === 'not-json' && result.error.detail.length).toBeGreaterThan(0);
  });

  it('reports an empty file as not-json', () => {
    expect(readPlan('')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it.each([
    ['a JSON array', '[1, 2, 3]'],
    ['JSON null', 'null'],
    ['a JSON number', '1'],
    ['a JSON string', '"plan"'],
    ['an object without schemaVersion', '{"id": "x", "details": {}}'],
    ['an object whose schemaVersion is a string', '{"schemaVersion": "1"}'],
    ['an object whose schemaVersion is not whole', '{"schemaVersion": 1.5}'],
  ])('reports %s as not-a-plan', (_what, text) => {
    expect(readPlan(text)).toEqual({ ok: false, error: { code: 'not-a-plan' } });
  });

  it('refuses a plan written by a newer Tamhil with the version it found and the version it supports', () => {
    const text = damagedSample((json) => setAtPath(json, ['schemaVersion'], currentSchemaVersion + 1));
    expect(readPlan(text)).toEqual({
      ok: false,
      error: { code: 'newer-version', version: currentSchemaVersion + 1, supported: currentSchemaVersion },
    });
  });

  it('refuses an older version it has no migration for as unknown-version', () => {
    const text = damagedSample((json) => setAtPath(json, ['schemaVersion'], 0));
    expect(readPlan(text)).toEqual({ ok: false, error: { code: 'unknown-version', version: 0 } });
  });

  it('names the field and calls a text where a number belongs wrong-type, not missing', () => {
    const text = damagedSample((json) => setAtPath(json, ['services', 2, 'unitCost'], 'abc'));
    const result = readPlan(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'invalid', path: 'services[2].unitCost', expected: 'number' });
    expect(result.error).toMatchObject({ problem: 'wrong-type' });
  });

  it('names a field that was removed as missing', () => {
    const text = damagedSample((json) => deleteAtPath(json, ['details', 'communityBudget']));
    const result = readPlan(text);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'details.communityBudget', problem: 'missing', expected: 'number' },
    });
  });

  it('calls a negative amount too-small with the minimum', () => {
    const text = damagedSample((json) => setAtPath(json, ['services', 0, 'unitCost'], -1));
    expect(readPlan(text)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'services[0].unitCost', problem: 'too-small', expected: '0' },
    });
  });

  it('calls a share above one too-big with the maximum', () => {
    const text = damagedSample((json) => setAtPath(json, ['policy', 'selfDevelopmentLimit'], 20));
    expect(readPlan(text)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'policy.selfDevelopmentLimit', problem: 'too-big', expected: '1' },
    });
  });

  it('calls an unknown service kind not-allowed and lists the allowed kinds', () => {
    const text = damagedSample((json) => setAtPath(json, ['services', 1, 'kind'], 'magic'));
    expect(readPlan(text)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'services[1].kind', problem: 'not-allowed', expected: 'standard, self-developed, continued' },
    });
  });

  it('calls a date that is not YYYY-MM-DD wrong-format', () => {
    const text = damagedSample((json) => setAtPath(json, ['needs', 0, 'date'], '1.3.2026'));
    expect(readPlan(text)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'needs[0].date', problem: 'wrong-format' } });
  });

  it('names a missing station in the stations object', () => {
    const text = damagedSample((json) => deleteAtPath(json, ['stations', 'resources']));
    expect(readPlan(text)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'stations.resources', problem: 'missing' } });
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const result = readPlan(`\uFEFF${sampleText(validSampleName)}`);
    expect(result.ok).toBe(true);
  });

  it('drops fields it does not know instead of refusing the file', () => {
    const text = damagedSample((json) => setAtPath(json, ['futureField'], { anything: true }));
    const result = readPlan(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan).not.toHaveProperty('futureField');
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets and object keys with dots', () => {
    expect(formatPath(['services', 3, 'unitCost'])).toBe('services[3].unitCost');
    expect(formatPath(['priorities', 'scores', 0, 'score'])).toBe('priorities.scores[0].score');
    expect(formatPath([])).toBe('');
  });
});

describe('openErrorMessage', () => {
  it('names the damaged field in Hebrew and in English', () => {
    const error = { code: 'invalid', path: 'services[2].unitCost', problem: 'wrong-type', expected: 'number', detail: '' } as const;
    const he = openErrorMessage(error, 'he');
    const en = openErrorMessage(error, 'en');
    expect(he).toContain('services[2].unitCost');
    expect(he).toMatch(/[\u0590-\u05FF]/);
    expect(en).toContain('services[2].unitCost');
    expect(en).toContain('wrong type');
  });

  it('says a missing field is missing, in both languages', () => {
    const error = { code: 'invalid', path: 'details.communityBudget', problem: 'missing', expected: 'number', detail: '' } as const;
    expect(openErrorMessage(error, 'he')).toContain('details.communityBudget');
    expect(openErrorMessage(error, 'he')).toContain('חסר');
    expect(openErrorMessage(error, 'en')).toBe('The plan is damaged: the field details.communityBudget is missing.');
  });

  it('turns the error of a damaged sample into a message that names its field', () => {
    const json = sampleJson(validSampleName);
    deleteAtPath(json, ['details', 'communityBudget']);
    const result = readPlan(JSON.stringify(json));
    if (result.ok) throw new Error('the damaged sample was read');
    expect(openErrorMessage(result.error, 'en')).toContain('details.communityBudget');
    expect(openErrorMessage(result.error, 'he')).toContain('details.communityBudget');
  });

  it('gives every kind of error its own text in both languages', () => {
    const errors = [
      { code: 'not-found' },
      { code: 'too-large', size: 100 * 1024 * 1024, limit: 64 * 1024 * 1024 },
      { code: 'io', errno: 'EACCES' },
      { code: 'not-json', detail: 'Unexpected end' },
      { code: 'not-a-plan' },
      { code: 'newer-version', version: 7, supported: 1 },
      { code: 'unknown-version', version: 0 },
      { code: 'migration-failed', version: 0, detail: 'renamed field missing' },
      { code: 'invalid', path: 'id', problem: 'other', expected: '', detail: '' },
    ] as const;
    for (const language of ['he', 'en'] as const) {
      const messages = errors.map((error) => openErrorMessage(error, language));
      for (const message of messages) expect(message.length).toBeGreaterThan(5);
      expect(new Set(messages).size).toBe(errors.length);
    }
    expect(openErrorMessage(errors[1], 'en')).toContain('100 MB');
    expect(openErrorMessage(errors[1], 'en')).toContain('64 MB');
    expect(openErrorMessage(errors[5], 'en')).toContain('7');
  });
});
