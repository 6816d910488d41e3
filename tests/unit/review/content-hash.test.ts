import { describe, expect, it } from 'vitest';
import { readPlan } from '@shared/model/read-plan.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { canonicalJson } from '@shared/review/canonical-json.ts';
import { samplePlan, sampleText, validSampleName } from '../../helpers/samples.ts';

/** The same JSON with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(reversedKeys);
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

function readText(text: string) {
  const result = readPlan(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.plan;
}

describe('the plan content hash', () => {
  const text = sampleText(validSampleName);
  const hash = planContentHash(readText(text));

  it('is SHA-256 over sorted keys without whitespace', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalJson({ b: [2, { d: 1, c: 'א' }], a: null })).toBe('{"a":null,"b":[2,{"c":"א","d":1}]}');
  });

  it('does not change with key order or whitespace', () => {
    const json = JSON.parse(text);
    expect(planContentHash(readText(JSON.stringify(reversedKeys(json))))).toBe(hash);
    expect(planContentHash(readText(JSON.stringify(json)))).toBe(hash);
    expect(planContentHash(readText(JSON.stringify(json, null, '\t')))).toBe(hash);
  });

  it('does not change with the review record: comments and acts come after approval', () => {
    const plan = samplePlan(validSampleName);
    const commented = { ...plan, review: { ...plan.review, comments: [{ id: 'c1', target: 'details.communityBudget', resolved: false, thread: [] }] } };
    expect(planContentHash(commented)).toBe(hash);
  });

  it('detects any change of one value: a budget, a unit cost by one agora, a word, an indicator target, an order', () => {
    const plan = samplePlan(validSampleName);
    const changes = [
      { ...plan, details: { ...plan.details, communityBudget: plan.details.communityBudget + 1 } },
      { ...plan, services: plan.services.map((service, index) => (index === 2 ? { ...service, unitCost: service.unitCost + 0.01 } : service)) },
      { ...plan, services: plan.services.map((service, index) => (index === 0 ? { ...service, notes: `${service.notes}.` } : service)) },
      {
        ...plan,
        outcomes: plan.outcomes.map((outcome, index) =>
          index === 0 ? { ...outcome, indicators: outcome.indicators.map((indicator) => ({ ...indicator, target: (indicator.target ?? 0) + 1 })) } : outcome,
        ),
      },
      { ...plan, services: [...plan.services].reverse() },
    ];
    const hashes = changes.map(planContentHash);
    for (const changed of hashes) expect(changed).not.toBe(hash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
