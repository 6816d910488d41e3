import type { Plan } from '@shared/model/plan-schema.ts';
import { host } from '../host/host-client.ts';
import { isDirty, usePlanStore } from './plan-store.ts';

/** Soon after typing stops, unsaved work is in the recovery folder. */
const writeDelayMs = 800;
/** Tells the host this window is open, so its entry is not offered to another window. */
const heartbeatMs = 5_000;

let queue: Promise<void> = Promise.resolve();
let lastWritten: { key: string; plan: Plan } | null = null;

/**
 * Writes and discards run one after another, so a write that was under way when the plan was
 * saved can never land after the discard and leave stale work to be offered at the next start.
 */
function enqueue(task: () => Promise<unknown>): Promise<void> {
  const next = queue.then(task).then(() => undefined, () => {
    // The plan is still in memory; the next change writes again.
    lastWritten = null;
  });
  queue = next;
  return next;
}

function writeCurrent(): Promise<void> {
  return enqueue(async () => {
    const { document } = usePlanStore.getState();
    if (!document || !isDirty(document)) return;
    if (lastWritten?.key === document.recoveryKey && lastWritten.plan === document.plan) return;
    await host['recovery:write']({ key: document.recoveryKey, path: document.path, plan: document.plan });
    lastWritten = { key: document.recoveryKey, plan: document.plan };
  });
}

export function discardRecoveryEntry(key: string): Promise<void> {
  return enqueue(async () => {
    if (lastWritten?.key === key) lastWritten = null;
    await host['recovery:discard']({ key });
  });
}

/**
 * After a save: the entry goes only if nothing changed while saving; otherwise it is rewritten
 * with the newer work.
 */
export function afterSave(key: string): Promise<void> {
  const { document } = usePlanStore.getState();
  if (document && document.recoveryKey === key && isDirty(document)) return writeCurrent();
  return discardRecoveryEntry(key);
}

/** Starts keeping unsaved work safe; returns a function that stops it. */
export function startRecoverySync(): () => void {
  let timer: number | undefined;
  const stopWatching = usePlanStore.subscribe((state, previous) => {
    if (state.document?.plan === previous.document?.plan) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void writeCurrent(), writeDelayMs);
  });
  const heartbeat = window.setInterval(() => {
    const key = usePlanStore.getState().document?.recoveryKey;
    if (key && lastWritten?.key === key) void host['recovery:touch']({ key }).catch(() => undefined);
  }, heartbeatMs);
  const warn = (event: BeforeUnloadEvent) => {
    if (isDirty(usePlanStore.getState().document)) event.preventDefault();
  };
  window.addEventListener('beforeunload', warn);
  return () => {
    stopWatching();
    window.clearTimeout(timer);
    window.clearInterval(heartbeat);
    window.removeEventListener('beforeunload', warn);
  };
}
