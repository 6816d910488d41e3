import { useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { checkDerivedModel } from '@shared/logic-model/logic-checks.ts';
import { deriveLogicModel } from '@shared/logic-model/logic-graph.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { CanvasArea } from './CanvasArea.tsx';
import { LinkTables } from './LinkTables.tsx';
import { ModelFindings } from './ModelFindings.tsx';
import { ModelNotes } from './ModelNotes.tsx';
import { modelPicture, planHeader } from './model-picture.ts';
import { ModelPrintSheet } from './ModelPrintSheet.tsx';
import { useModelLayout } from './use-model-layout.ts';

type Tab = 'canvas' | 'tables';

/**
 * The logic model: the plan seen as a graph. The canvas and the tables of links show the same
 * model and change the plan through the same commands; the checks and the notes sit beside both.
 */
export function LogicModelView() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const view = useUiStore((state) => state.view);
  const [tab, setTab] = useState<Tab>('canvas');
  const [focus, setFocus] = useState(view.kind === 'logic-model' ? (view.focus ?? '') : '');
  const model = useMemo(() => (plan ? deriveLogicModel(plan) : null), [plan]);
  const findings = useMemo(() => (model ? checkDerivedModel(model) : []), [model]);
  const emptyModel = useMemo(() => ({ nodes: [], edges: [], notes: [] }), []);
  const { layout, pending, failed } = useModelLayout(model ?? emptyModel, findings, language);
  // Printed from ELK's layout only, never from the placement drawn while it works.
  const picture = useMemo(() => (plan && model && !pending ? modelPicture(plan, model, findings, layout, language) : null), [plan, model, findings, layout, pending, language]);
  if (!plan || !model) return null;

  const show = (nodeId: string) => {
    setFocus(nodeId);
    setTab('canvas');
  };
  const tabs: { id: Tab; label: string }[] = [
    { id: 'canvas', label: t('logic.tab.canvas') },
    { id: 'tables', label: t('logic.tab.tables') },
  ];
  return (
    <div className="view logic-model-view">
      <header className="station-header">
        <h1>{t('logic.title')}</h1>
      </header>
      <p className="hint">{t('logic.hint')}</p>

      <ModelFindings model={model} findings={findings} onShow={show} />

      <div role="tablist" aria-label={t('logic.tabs')} className="tabs">
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            id={`logic-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={tab === id ? `logic-panel-${id}` : undefined}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              const other = tab === 'canvas' ? 'tables' : 'canvas';
              setTab(other);
              document.getElementById(`logic-tab-${other}`)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`logic-panel-${tab}`} aria-labelledby={`logic-tab-${tab}`}>
        {tab === 'canvas' ? (
          <>
            {failed && <p role="status">{t('logic.layoutFailed')}</p>}
            <ReactFlowProvider>
              <CanvasArea plan={plan} model={model} findings={findings} layout={layout} pending={pending} focus={focus} onFocus={setFocus} />
            </ReactFlowProvider>
          </>
        ) : (
          <LinkTables plan={plan} model={model} />
        )}
      </div>

      <ModelNotes plan={plan} model={model} />
      {picture && <ModelPrintSheet svg={picture} title={planHeader(plan, language).title} />}
    </div>
  );
}
