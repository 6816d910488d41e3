import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import { logicColumns, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { focusedNodes, matchingNodes } from '@shared/logic-model/model-focus.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { exportModelPicture } from './export-model.ts';
import { LogicCanvas } from './LogicCanvas.tsx';
import type { ModelLayout } from './model-layout.ts';
import { modelPicture } from './model-picture.ts';
import type { FitRequest } from './use-settled-fit.ts';

type Props = {
  plan: Plan;
  model: LogicModel;
  findings: readonly LogicFinding[];
  layout: ModelLayout;
  /** A newer layout is being worked out; the canvas says so to assistive technology. */
  pending: boolean;
  focus: string;
  onFocus(nodeId: string): void;
};

/** The smallest zoom at which the boxes' 12 px detail lines read at 11 px or more. */
const readableZoom = 0.92;

/**
 * The canvas with its tools: search, focus on one node's chain, zoom and fit, export and print.
 * Focus and search dim what is not concerned and bring what is into view.
 */
export function CanvasArea({ plan, model, findings, layout, pending, focus, onFocus }: Props) {
  const t = useT();
  const localized = useLocalized();
  const language = useLanguage((state) => state.language);
  const flow = useReactFlow();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const focusId = useId();
  const statusId = useId();
  const known = focus !== '' && model.nodes.some((node) => node.id === focus);
  const lit = useMemo(() => (known ? focusedNodes(model, focus) : null), [known, model, focus]);
  const matches = useMemo(() => matchingNodes(model, search, language), [model, search, language]);
  const shown = search.trim() === '' ? lit : matches;
  // What the view fits to, as a value: an edit that leaves the lit nodes as they were must not
  // undo the user's panning and zooming.
  const shownKey = shown ? [...shown].sort().join('\n') : '';

  // The first fit (the canvas opening, perhaps on a finding's node) is immediate, on the first
  // layout drawn (ELK's refinement keeps each column where it is); later ones glide.
  // With nothing lit, the canvas opens on the services at a size that reads (boxes' smallest
  // text 12 px × 0.92 ≥ 11 px): fitting the whole sample made its text about 5 px. "Fit" and
  // the overview map still show the whole model.
  const opened = useRef(false);
  // What the view was last fitted to, so the opening's fit is not undone by the effect below.
  const fittedKey = useRef<string | null>(null);
  const [fit, setFit] = useState<FitRequest | null>(null);
  const requestFit = (options: FitRequest['options']) => setFit((last) => ({ seq: (last?.seq ?? 0) + 1, options }));
  const serviceNodes = useMemo(() => model.nodes.filter((node) => node.kind === 'output').map((node) => ({ id: node.id })), [model]);
  const litNodes = () => (shownKey === '' ? [] : shownKey.split('\n').map((id) => ({ id })));
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    fittedKey.current = shownKey;
    const nodes = litNodes();
    if (nodes.length > 0) void flow.fitView({ nodes, duration: 0, maxZoom: 1.2 });
    else if (serviceNodes.length > 0) void flow.fitView({ nodes: serviceNodes, duration: 0, minZoom: readableZoom, maxZoom: 1.2 });
    // Only the opening: later layouts and edits keep the user's view.
  }, []);
  useEffect(() => {
    if (!opened.current || fittedKey.current === shownKey) return;
    fittedKey.current = shownKey;
    const nodes = litNodes();
    requestFit(nodes.length > 0 ? { nodes, duration: 250, maxZoom: 1.2 } : { duration: 250 });
  }, [shownKey]);

  const picture = () => modelPicture(plan, model, findings, layout, language);
  const focusable = model.nodes.filter((node) => node.kind === 'output' || node.kind === 'outcome' || node.kind === 'goal');

  return (
    <div className="canvas-area">
      <div className="canvas-toolbar" role="toolbar" aria-label={t('logic.canvas.tools')}>
        <label htmlFor={searchId}>{t('logic.search')}</label>
        <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} aria-describedby={statusId} />
        <label htmlFor={focusId}>{t('logic.focus')}</label>
        <select id={focusId} value={known ? focus : ''} onChange={(event) => onFocus(event.target.value)}>
          <option value="">{t('logic.focus.all')}</option>
          {logicColumns.slice(1).map(({ column, label }) => {
            const inColumn = focusable.filter((node) => node.column === column);
            return inColumn.length === 0 ? null : (
              <optgroup key={column} label={localized(label)}>
                {inColumn.map((node) => <option key={node.id} value={node.id}>{localized(node.label)}</option>)}
              </optgroup>
            );
          })}
        </select>
        <span id={statusId} className="hint" aria-live="polite">
          {search.trim() !== '' ? t('logic.search.found', { count: matches.size }) : ''}
        </span>
        <span className="toolbar-group">
          <button type="button" onClick={() => void flow.zoomIn({ duration: 150 })}>{t('logic.zoomIn')}</button>
          <button type="button" onClick={() => void flow.zoomOut({ duration: 150 })}>{t('logic.zoomOut')}</button>
          <button type="button" onClick={() => requestFit({ duration: 250 })}>{t('logic.fit')}</button>
        </span>
        <span className="toolbar-group">
          {/* While a new layout is on its way the picture would miss what was just added. */}
          <button type="button" disabled={pending} onClick={() => void exportModelPicture('png', picture())}>{t('logic.export.png')}</button>
          <button type="button" disabled={pending} onClick={() => void exportModelPicture('svg', picture())}>{t('logic.export.svg')}</button>
          <button type="button" disabled={pending} onClick={() => window.print()}>{t('logic.print')}</button>
        </span>
      </div>
      <p className="hint">{t('logic.canvas.help')}</p>
      <div className="canvas-frame" dir="ltr">
        <LogicCanvas plan={plan} model={model} findings={findings} layout={layout} pending={pending} lit={shown} matches={matches} fit={fit} />
      </div>
    </div>
  );
}
