import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { useLanguage } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { layoutInput } from './layout-input.ts';
import { sessionLayouts } from './session-layouts.ts';

/** When the window is idle, or after this long at the latest. */
const idleTimeoutMs = 2000;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: idleTimeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

/**
 * Lays out each plan as it opens, when the window is idle: ELK's worker starts then (not when the
 * logic model is first shown) and the layout is in the session's store before anyone asks, so the
 * model opens drawn as ELK left it. Later edits are laid out when the model is shown. Returns the
 * function that stops it.
 */
export function startLayoutWarmUp(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  let cancel: (() => void) | null = null;
  const stop = usePlanStore.subscribe((state, previous) => {
    if (!state.document || state.document.recoveryKey === previous.document?.recoveryKey) return;
    cancel?.();
    cancel = whenIdle(() => {
      const plan = usePlanStore.getState().document?.plan;
      if (!plan) return;
      const model = deriveLogicModel(plan);
      sessionLayouts.request(layoutInput(model, checkDerivedModel(model), useLanguage.getState().language));
    });
  });
  return () => {
    cancel?.();
    stop();
  };
}
