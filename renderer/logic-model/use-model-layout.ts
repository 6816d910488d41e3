import { useEffect, useState } from 'react';
import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import type { LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { measureText } from './measure-text.ts';
import { layOutModel, type ModelLayout } from './model-layout.ts';
import { nodeLines } from './node-lines.ts';

/**
 * The model laid out for the reader's language. ELK answers asynchronously, so the previous
 * layout stays on screen until the new one is ready, and an answer overtaken by a newer edit is
 * dropped. A failed layout is reported, not hidden: the table of links still works.
 */
export function useModelLayout(model: LogicModel, findings: readonly LogicFinding[], language: Language): { layout: ModelLayout | null; failed: boolean } {
  const [state, setState] = useState<{ layout: ModelLayout | null; failed: boolean }>({ layout: null, failed: false });
  useEffect(() => {
    let current = true;
    layOutModel(model, nodeLines(model, findings, language), measureText, language === 'he' ? 'rtl' : 'ltr').then(
      (layout) => current && setState({ layout, failed: false }),
      () => current && setState((previous) => ({ layout: previous.layout, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [model, findings, language]);
  return state;
}
