/// <reference lib="webworker" />
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { applyPatch, type PlanPatch } from './plan-patch.ts';

/** With `write`, the worker makes the text; with `send` too (the browser host), it also hands it to the host. */
export type RecoveryRequest = { key: string; patch: PlanPatch; write: { path: string | null; send: { token: string } | null } | null };
export type RecoveryReply = { key: string; text: string } | { key: string; sent: true } | { key: string; error: string };

/**
 * Keeps a copy of the open plan and writes it out as the text Save would write, away from the
 * page: the page sends only what changed. In the browser the worker posts the text to the host
 * as well, since encoding a body of megabytes for fetch would hold up the page; on the desktop
 * the page hands the text to the preload bridge.
 */
let copy: { key: string; plan: Plan } | null = null;

async function sendToHost(key: string, path: string | null, planText: string, token: string): Promise<void> {
  const response = await fetch(new URL('/api/recovery:write', self.location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Tamhil-Token': token },
    body: JSON.stringify({ key, path, planText }),
  });
  if (!response.ok) throw new Error(`the host kept no recovery copy (HTTP ${response.status})`);
}

self.onmessage = async (event: MessageEvent<RecoveryRequest>) => {
  const { key, patch, write } = event.data;
  try {
    const plan = applyPatch(copy?.key === key ? copy.plan : null, patch);
    copy = { key, plan };
    if (!write) return;
    const text = serializePlan(plan);
    if (!write.send) {
      self.postMessage({ key, text } satisfies RecoveryReply);
      return;
    }
    await sendToHost(key, write.path, text, write.send.token);
    self.postMessage({ key, sent: true } satisfies RecoveryReply);
  } catch (error) {
    // The page forgets what it sent too, so the next write starts again from the whole plan.
    copy = null;
    self.postMessage({ key, error: (error as Error).message } satisfies RecoveryReply);
  }
};
