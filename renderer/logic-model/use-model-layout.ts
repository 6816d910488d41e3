import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import type { LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { layoutInput } from './layout-input.ts';
import type { LayoutStore } from './layout-store.ts';
import { withContent, type ModelLayout } from './model-layout.ts';
import { sessionLayouts } from './session-layouts.ts';

/**
 * The model laid out for the reader's language, to draw now. A shape laid out before in this
 * session (by the warm-up when the plan opened, or on an earlier visit) is drawn at once as ELK
 * left it; a new one is drawn at once in a first placement while ELK refines it in its worker.
 * `pending` says the refined layout is still on its way (the picture to print or export waits for
 * it). What the boxes say is always current: an edit that keeps the layout's shape needs no ELK.
 * A failed layout is reported, not hidden: the first placement stays, and the tables still work.
 */
export function useModelLayout(
  model: LogicModel,
  findings: readonly LogicFinding[],
  language: Language,
  layouts: LayoutStore = sessionLayouts,
): { layout: ModelLayout; pending: boolean; failed: boolean } {
  const input = useMemo(() => layoutInput(model, findings, language), [model, findings, language]);
  const final = useSyncExternalStore(layouts.subscribe, () => layouts.final(input.shape));
  const failed = useSyncExternalStore(layouts.subscribe, () => layouts.failed(input.shape));
  useEffect(() => layouts.request(input), [layouts, input]);
  const layout = useMemo(() => withContent(final ?? layouts.placement(input), input.content), [final, layouts, input]);
  return { layout, pending: !final && !failed, failed };
}
