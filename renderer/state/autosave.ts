import type { Plan } from '@shared/model/plan-schema.ts';
import { host } from '../host/host-client.ts';
import { isDirty, usePlanStore } from './plan-store.ts';

export const autosaveIntervalMs = 4000;

/**
 * Writes unsaved work to the recovery folder every few seconds, and warns before the window
 * closes with unsaved work. Returns a function that stops both.
 */
export function startAutosave(): () => void {
  let lastWritten: Plan | null = null;
  let writing = false;
  const timer = window.setInterval(async () => {
    const { document } = usePlanStore.getState();
    if (!document || !isDirty(document) || document.plan === lastWritten || writing) return;
    writing = true;
    try {
      await host['recovery:write']({ key: document.recoveryKey, path: document.path, plan: document.plan });
      lastWritten = document.plan;
    } catch {
      // The next tick tries again; the plan itself is still in memory.
    } finally {
      writing = false;
    }
  }, autosaveIntervalMs);
  const warn = (event: BeforeUnloadEvent) => {
    if (isDirty(usePlanStore.getState().document)) event.preventDefault();
  };
  window.addEventListener('beforeunload', warn);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('beforeunload', warn);
  };
}
