import type { Plan } from '@shared/model/plan-schema.ts';
import { browserHostToken, host } from '../host/host-client.ts';
import { isDirty, usePlanStore } from './plan-store.ts';
import { patchBetween } from './plan-patch.ts';
import type { RecoveryReply, RecoveryRequest } from './recovery-worker.ts';

/** Soon after typing stops, unsaved work is in the recovery folder. */
const writeDelayMs = 800;
/** Tells the host this window is open, so its entry is not offered to another window. */
const heartbeatMs = 5_000;

let queue: Promise<void> = Promise.resolve();
let lastWritten: { key: string; plan: Plan } | null = null;

/**
 * The recovery text is made in a worker that keeps a copy of the plan: the page sends it only
 * the parts that changed, so neither writing the text nor posting the plan holds up typing.
 */
class RecoveryWorker {
  private readonly worker = new Worker(new URL('./recovery-worker.ts', import.meta.url), { type: 'module', name: 'recovery' });
  private sent: { key: string; plan: Plan } | null = null;
  private waiting: ((reply: RecoveryReply) => void) | null = null;
  /** A worker that failed to load or stopped is replaced at the next write. */
  broken = false;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<RecoveryReply>) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.broken = true;
      this.worker.terminate();
      this.answer({ key: '', error: event.message || 'the recovery worker stopped' });
    };
  }

  private answer(reply: RecoveryReply): void {
    if ('error' in reply) this.sent = null;
    this.waiting?.(reply);
    this.waiting = null;
  }

  private send(key: string, plan: Plan, write: RecoveryRequest['write']): void {
    const request: RecoveryRequest = { key, patch: patchBetween(this.sent?.key === key ? this.sent.plan : null, plan), write };
    this.sent = { key, plan };
    this.worker.postMessage(request);
  }

  /** Gives the worker a plan just opened, so later writes send only what changed. */
  prime(key: string, plan: Plan): void {
    this.send(key, plan, null);
  }

  /**
   * Keeps the plan as this window's recovery entry: the worker makes the text Save would write
   * from what changed since the last plan it got, and in the browser sends it to the host too.
   */
  async write(key: string, path: string | null, plan: Plan): Promise<void> {
    const reply = new Promise<RecoveryReply>((resolve) => {
      this.waiting = resolve;
    });
    this.send(key, plan, { path, send: browserHostToken === null ? null : { token: browserHostToken } });
    const answer = await reply;
    if ('error' in answer) throw new Error(answer.error);
    if ('text' in answer) await host['recovery:write']({ key, path, planText: answer.text });
  }
}

let worker: RecoveryWorker | null = null;

function recoveryWorker(): RecoveryWorker {
  if (!worker || worker.broken) worker = new RecoveryWorker();
  return worker;
}

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
    await recoveryWorker().write(document.recoveryKey, document.path, document.plan);
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
    const document = state.document;
    if (document?.plan === previous.document?.plan) return;
    // A plan just opened goes to the worker whole now, while opening takes its time anyway, so
    // the first edit sends only itself.
    if (document && document.recoveryKey !== previous.document?.recoveryKey) recoveryWorker().prime(document.recoveryKey, document.plan);
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
