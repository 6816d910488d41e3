import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { approvePlan, returnPlan, submitPlan } from '@shared/commands/review-commands.ts';
import { createSigningKeys, signApproval } from '@shared/review/approval-signature.ts';
import { checkApproval } from '@shared/review/approval-check.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { readPlan } from '@shared/model/read-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { samplePlan, validSampleName } from '../helpers/samples.ts';

const keys = createSigningKeys();
function approve(plan: Plan): Plan {
  const contentHash = planContentHash(plan);
  const act = { by: 'r', at: '2026-12-03T10:00:00.000Z', note: '', contentHash };
  const signature = signApproval({ planId: plan.id, authority: plan.details.authority, year: plan.details.year, ...act }, keys.secretKey);
  return approvePlan(plan, { ...act, signature, publicKey: keys.publicKey });
}
const reopen = (plan: Plan) => { const r = readPlan(serializePlan(plan)); if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.plan; };

describe('probe', () => {
  it('A: a version-2 file written by HEAD opens', () => {
    const result = readPlan(readFileSync('/tmp/probe/head-v2.tamhil', 'utf8'));
    console.log('A', JSON.stringify(result.ok ? 'ok' : result.error));
    expect(result.ok).toBe(true);
  });
  it('B: status approved with no approve act', () => {
    const json = JSON.parse(serializePlan(samplePlan(validSampleName)));
    json.review.status = 'approved';
    const result = readPlan(JSON.stringify(json));
    expect(result.ok).toBe(true);
    if (result.ok) console.log('B', result.plan.review.status, JSON.stringify(checkApproval(result.plan, [])));
  });
  it('C: approval of content edited after submission keeps no approved copy', () => {
    const submitted = submitPlan(samplePlan(validSampleName), { by: 't', at: '2026-12-01T09:00:00.000Z' });
    const edited = { ...submitted, details: { ...submitted.details, communityBudget: 9_000_000 } };
    const approved = reopen(approve(edited));
    const check = checkApproval(approved, [{ name: 'k', publicKey: keys.publicKey }]);
    console.log('C', check.approved && JSON.stringify({ unchanged: check.unchanged, sig: check.signature, copy: check.approvedPlan !== null }));
  });
});
