/// <reference lib="webworker" />
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { applyPatch, type PlanPatch } from './plan-patch.ts';

export type RecoveryRequest = { key: string; patch: PlanPatch; write: boolean };
export type RecoveryReply = { key: string; text: string } | { key: string; error: string };

/**
 * Keeps a copy of the open plan and writes it out as the text Save would write, away from the
 * page: the page sends only what changed, and gets back text to hand to the host.
 */
let copy: { key: string; plan: Plan } | null = null;

self.onmessage = (event: MessageEvent<RecoveryRequest>) => {
  const { key, patch, write } = event.data;
  try {
    const plan = applyPatch(copy?.key === key ? copy.plan : null, patch);
    copy = { key, plan };
    if (write) self.postMessage({ key, text: serializePlan(plan) } satisfies RecoveryReply);
  } catch (error) {
    copy = null;
    self.postMessage({ key, error: (error as Error).message } satisfies RecoveryReply);
  }
};
