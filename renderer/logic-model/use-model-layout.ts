import { useEffect, useMemo, useRef, useState } from 'react';
import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import type { LogicModel } from '@shared/logic-model/logic-graph.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { abandonLayout, elkInWorker } from './elk-in-worker.ts';
import { measureText } from './measure-text.ts';
import { layOutModel, layoutShape, withContent, wrapContent, type ModelLayout } from './model-layout.ts';
import { nodeLines } from './node-lines.ts';

/**
 * The model laid out for the reader's language. ELK runs in a worker and answers later, so the
 * previous layout stays on screen until the new one is ready, and an answer overtaken by a newer
 * edit is dropped. What the boxes say is always current: an edit that does not change the
 * layout's shape needs no ELK at all, and one that does shows in the old places meanwhile.
 * `pending` says a newer layout is on its way. A failed layout is reported, not hidden: the table
 * of links still works.
 */
export function useModelLayout(
  model: LogicModel,
  findings: readonly LogicFinding[],
  language: Language,
): { layout: ModelLayout | null; pending: boolean; failed: boolean } {
  const direction = language === 'he' ? 'rtl' : 'ltr';
  const content = useMemo(() => wrapContent(model, nodeLines(model, findings, language), measureText), [model, findings, language]);
  const shape = useMemo(() => layoutShape(model, content, direction), [model, content, direction]);
  const [laid, setLaid] = useState<{ shape: string; layout: ModelLayout } | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef({ model, content });
  latest.current = { model, content };

  useEffect(() => {
    let current = true;
    let settled = false;
    const { model: laidModel, content: laidContent } = latest.current;
    layOutModel(elkInWorker(), laidModel, laidContent, direction).then(
      (layout) => {
        settled = true;
        if (!current) return;
        setLaid({ shape, layout });
        setFailed(false);
      },
      () => {
        settled = true;
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
      if (!settled) abandonLayout();
    };
  }, [shape, direction]);

  const layout = useMemo(() => (laid ? withContent(laid.layout, content) : null), [laid, content]);
  return { layout, pending: laid?.shape !== shape && !failed, failed };
}
