import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/host-api.ts';
import { useT } from '../i18n/i18n.ts';
import { onMenuCommand } from '../host/host-client.ts';
import { switchLanguage } from '../i18n/switch-language.ts';
import { mergeCopy, newPlan, openPlan, savePlan, savePlanAs } from '../state/file-actions.ts';
import { isDirty, usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { isLocalUndo } from '../state/local-undo.ts';
import { stepPage } from '../state/view-history.ts';
import { MergeDialog } from '../merge/MergeDialog.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Notices } from './Notices.tsx';
import { OpenPlanDialog } from './OpenPlanDialog.tsx';
import { PlanDetailsView } from './PlanDetailsView.tsx';
import { LogicModelView } from '../logic-model/LogicModelView.tsx';
import { ClusterView } from '../cluster/ClusterView.tsx';
import { openClusterFolder } from '../cluster/cluster-actions.ts';
import { RecoveryDialog } from './RecoveryDialog.tsx';
import { SaveAsDialog } from './SaveAsDialog.tsx';
import { StationNav } from './StationNav.tsx';
import { StationView } from './StationView.tsx';
import { Toolbar } from './Toolbar.tsx';
import { exportServicesCsv, exportWorkbook, importServices, importWorkbook } from '../state/workbook-actions.ts';
import { ChooseSpreadsheetDialog } from './workbook/ChooseSpreadsheetDialog.tsx';
import { ImportPreviewDialog } from './workbook/ImportPreviewDialog.tsx';
import { ImportServicesDialog } from './workbook/ImportServicesDialog.tsx';
import { WorkbookProgressDialog } from './workbook/WorkbookProgressDialog.tsx';
import { PopulationImportDialog } from '../stations/PopulationImportDialog.tsx';
import { SurveyImportDialog } from '../stations/SurveyImportDialog.tsx';
import { ActivityImportDialog } from '../stations/ActivityImportDialog.tsx';
import { ChooseFileDialog } from './ChooseFileDialog.tsx';
import { ReviewStatusBadge } from '../review/ReviewStatusBadge.tsx';
import { ReviewView } from '../review/ReviewView.tsx';
import { HistoryView } from '../history/HistoryView.tsx';
import { DroppedSpreadsheetDialog } from './DroppedSpreadsheetDialog.tsx';
import { FileDropTarget } from './FileDropTarget.tsx';
import { WelcomePanel } from './WelcomePanel.tsx';

const menuActions: Record<MenuCommand, () => unknown> = {
  new: newPlan,
  open: openPlan,
  'open-cluster': openClusterFolder,
  save: savePlan,
  'save-as': savePlanAs,
  'merge-copy': mergeCopy,
  'export-workbook': exportWorkbook,
  'import-workbook': importWorkbook,
  'import-services': importServices,
  'export-csv': exportServicesCsv,
  undo: () => usePlanStore.getState().undo(),
  redo: () => usePlanStore.getState().redo(),
  'language-he': () => switchLanguage('he'),
  'language-en': () => switchLanguage('en'),
  back: () => history.back(),
  forward: () => history.forward(),
  'previous-station': () => stepPage(-1),
  'next-station': () => stepPage(1),
};

/**
 * Ctrl+Z and Ctrl+Y act on the plan's history, in the plan's text fields too; a field holding
 * text that is not in the plan yet (a new item, a wrong number) keeps the browser's own undo.
 */
function shortcutOf(event: KeyboardEvent): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (isLocalUndo(event)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'o') return 'open';
  return null;
}

function DocumentTitle() {
  const t = useT();
  const document = usePlanStore((state) => state.document);
  if (!document) return null;
  const { details } = document.plan;
  return (
    <div className="document-title">
      <span className="plan-name">
        <bdi>{details.authority || t('doc.untitled')}</bdi> · {details.year}
      </span>
      {document.name && <bdi className="file-name">{document.name}.tamhil</bdi>}
      <span className={isDirty(document) ? 'save-state unsaved' : 'save-state'}>
        {isDirty(document) ? t('doc.unsaved') : t('doc.saved')}
      </span>
      {details.illustrative && <span className="illustrative">{t('doc.illustrative')}</span>}
      <ReviewStatusBadge plan={document.plan} />
    </div>
  );
}

function Prompt() {
  const prompt = useUiStore((state) => state.prompt);
  const setPrompt = useUiStore((state) => state.setPrompt);
  if (!prompt) return null;
  switch (prompt.kind) {
    case 'open':
      return <OpenPlanDialog onClose={() => setPrompt(null)} />;
    case 'save-as':
      return <SaveAsDialog suggestedName={prompt.suggestedName} fileKind={prompt.fileKind} preferred={prompt.preferred} resolve={prompt.resolve} />;
    case 'choose-spreadsheet':
      return <ChooseSpreadsheetDialog purpose={prompt.purpose} resolve={prompt.resolve} />;
    case 'workbook-progress':
      return <WorkbookProgressDialog title={prompt.title} progress={prompt.progress} cancel={prompt.cancel} />;
    case 'import-preview':
      return <ImportPreviewDialog fileName={prompt.fileName} result={prompt.result} />;
    case 'import-services':
      return <ImportServicesDialog fileName={prompt.fileName} sheets={prompt.sheets} />;
    case 'import-population':
      return <PopulationImportDialog fileName={prompt.fileName} sheets={prompt.sheets} />;
    case 'import-survey':
      return <SurveyImportDialog fileName={prompt.fileName} sheets={prompt.sheets} />;
    case 'import-activities':
      return <ActivityImportDialog fileName={prompt.fileName} sheets={prompt.sheets} />;
    case 'confirm':
      return <ConfirmDialog {...prompt} />;
    case 'merge':
      return <MergeDialog result={prompt.result} from={prompt.from} withAncestor={prompt.withAncestor} resolve={prompt.resolve} />;
    case 'recovery':
      return <RecoveryDialog entries={prompt.entries} onClose={() => setPrompt(null)} />;
    case 'dropped-spreadsheet':
      return <DroppedSpreadsheetDialog local={prompt.local} />;
    case 'choose-file':
      return <ChooseFileDialog fileKind={prompt.fileKind} title={prompt.title} empty={prompt.empty} resolve={prompt.resolve} />;
  }
}

/**
 * The header's height as a CSS variable, so whatever sticks below it (the navigation, the budget
 * panel) sticks below it at any width, zoom or language, instead of under a guessed offset.
 */
function useTopbarHeight() {
  const topbar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = topbar.current;
    if (!element) return;
    const publish = () => document.documentElement.style.setProperty('--topbar-height', `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return topbar;
}

export function App() {
  const t = useT();
  const topbar = useTopbarHeight();
  const hasDocument = usePlanStore((state) => state.document !== null);
  const view = useUiStore((state) => state.view);
  const readOnly = usePlanStore((state) => state.readOnly);
  const starting = useUiStore((state) => state.starting);
  const nativeDialogs = useUiStore((state) => state.info?.nativeDialogs ?? false);
  const page = view.kind === 'station' ? `station/${view.station}` : view.kind;
  // Another page starts at its top; a link to a card inside it scrolls on from there.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutOf(event);
      if (!command || useUiStore.getState().prompt) return;
      event.preventDefault();
      void menuActions[command]();
    };
    window.addEventListener('keydown', onKey);
    // A dialog that waits for an answer is answered first, whatever the menu asks.
    const stopMenu = onMenuCommand((command) => {
      if (!useUiStore.getState().prompt) void menuActions[command]();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
  return (
    <div className="app">
      <header className="topbar" ref={topbar}>
        <div className="brand">
          <span className="app-name">{t('app.name')}</span>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <DocumentTitle />
        <Toolbar />
      </header>
      <div className="workspace">
        {hasDocument && <StationNav />}
        <main className="content">
          {hasDocument && readOnly && <p className="read-only-banner">{t('review.readOnlyBanner')}</p>}
          {view.kind === 'cluster' ? (
            <ClusterView />
          ) : !hasDocument ? (
            starting ? (
              <p className="empty-state">{t('app.loading')}</p>
            ) : (
              <WelcomePanel />
            )
          ) : view.kind === 'details' ? (
            <PlanDetailsView />
          ) : view.kind === 'logic-model' ? (
            <LogicModelView />
          ) : view.kind === 'review' ? (
            <ReviewView />
          ) : view.kind === 'history' ? (
            <HistoryView />
          ) : (
            <StationView key={view.station} station={view.station} />
          )}
        </main>
      </div>
      <Notices />
      <Prompt />
      {/* The desktop opens files through its own dialogs, with the paths the host needs to save them back. */}
      {!nativeDialogs && <FileDropTarget />}
    </div>
  );
}
