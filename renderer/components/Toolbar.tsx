import { useLanguage, useT } from '../i18n/i18n.ts';
import { switchLanguage } from '../i18n/switch-language.ts';
import { mergeCopy, newPlan, openPlan, savePlan, savePlanAs } from '../state/file-actions.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { SpreadsheetMenu } from './SpreadsheetMenu.tsx';
import { openClusterFolder } from '../cluster/cluster-actions.ts';

/** The File and Edit actions, in the window for the browser host and beside the desktop menu. */
export function Toolbar() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const hasDocument = usePlanStore((state) => state.document !== null);
  const canUndo = usePlanStore((state) => state.past.length > 0);
  const canRedo = usePlanStore((state) => state.future.length > 0);
  const { undo, redo } = usePlanStore.getState();
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
      <button type="button" onClick={() => void newPlan()}>
        {t('toolbar.new')}
      </button>
      <button type="button" onClick={() => void openPlan()}>
        {t('toolbar.open')}
      </button>
      <button type="button" onClick={() => void openClusterFolder()}>
        {t('toolbar.openCluster')}
      </button>
      <button type="button" onClick={() => void savePlan()} disabled={!hasDocument} aria-keyshortcuts="Control+S">
        {t('toolbar.save')}
      </button>
      <button type="button" onClick={() => void savePlanAs()} disabled={!hasDocument} aria-keyshortcuts="Control+Shift+S">
        {t('toolbar.saveAs')}
      </button>
      <button type="button" onClick={() => void mergeCopy()} disabled={!hasDocument}>
        {t('toolbar.mergeCopy')}
      </button>
      <SpreadsheetMenu disabled={!hasDocument} />
      <span className="toolbar-gap" />
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Y">
        {t('toolbar.redo')}
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        lang={language === 'he' ? 'en' : 'he'}
        title={t('toolbar.languageName')}
        onClick={() => void switchLanguage(language === 'he' ? 'en' : 'he')}
      >
        {t('toolbar.language')}
      </button>
    </div>
  );
}
