import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { evaluatePlan } from '../budget/evaluated-plan.ts';
import type { Plan } from '../model/plan-schema.ts';
import { canonicalJson } from './canonical-json.ts';

const hashes = new WeakMap<Plan, string>();

/**
 * The schema version the hash names: the last one that changed what a plan says. Version 4
 * added the history, which the hash leaves out, so a plan approved in version 3 still reads as
 * unchanged once opened in version 4. A version that changes the content raises this with it.
 */
const contentFormatVersion = 3;

/**
 * The SHA-256 (hex) of what the plan says, as submitted and approved. The review record is left
 * out, since comments and acts are added after approval without changing the plan; so is the
 * version history, which every save adds to (it would otherwise change the hash it records, and
 * a kept copy of a version, which has no history, would not hash as its header says). Formulas
 * are evaluated first, so a file whose stored values were refreshed hashes the same.
 */
export function planContentHash(plan: Plan): string {
  const known = hashes.get(plan);
  if (known) return known;
  const { review: _review, history: _history, ...content } = evaluatePlan(plan).plan;
  const hash = bytesToHex(sha256(utf8ToBytes(canonicalJson({ ...content, schemaVersion: contentFormatVersion }))));
  hashes.set(plan, hash);
  return hash;
}
