import { useId, useState } from 'react';
import { holdsCopyOf } from '@shared/history/kept-copy.ts';
import { planAtVersion } from '@shared/history/version-history.ts';
import { restoreVersion } from '@shared/history/restore-version-command.ts';
import type { Plan, VersionHeader } from '@shared/model/plan-schema.ts';
import { PlanDiffView } from '../diff/PlanDiffView.tsx';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { formatVersionTime } from './version-time.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { askToConfirm } from '../state/prompts.ts';
import { useUiStore } from '../state/ui-store.ts';

type VersionEntryProps = { plan: Plan; version: VersionHeader; latest: boolean };

/**
 * One saved version: when, by whom, what changed. A version whose copy the file keeps can be
 * compared with the open plan in the diff view the review uses, or restored as a new version.
 * The copy is rebuilt only when asked for: the list shows up to 200 versions.
 */
export function VersionEntry({ plan, version, latest }: VersionEntryProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const readOnly = usePlanStore((state) => state.readOnly);
  const headingId = useId();
  const [comparing, setComparing] = useState(false);
  const kept = holdsCopyOf(plan.history, version.id);
  const before = comparing ? planAtVersion(plan, version.id) : null;
  const time = formatVersionTime(version.at, language);
  const restore = async () => {
    if (!planAtVersion(plan, version.id)) {
      useUiStore.getState().notify('error', t('history.damaged'));
      return;
    }
    if (!(await askToConfirm(t('history.restoreTitle'), t('history.restoreBody', { time }), t('history.restoreConfirm')))) return;
    usePlanStore.getState().perform(restoreVersion, { versionId: version.id });
    useUiStore.getState().notify('info', t('history.restored', { time }));
  };
  return (
    <li>
      <article className="history-version" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('history.version', { time })}</h2>
        <p className="history-meta">
          <span>{t('history.by', { author: version.author })}</span>
          {latest && <span className="history-tag">{t('history.latest')}</span>}
          {version.parents.length > 1 && <span className="history-tag">{t('history.merge')}</span>}
        </p>
        <p className="history-summary">{version.summary}</p>
        {kept ? (
          <>
            <div className="button-row">
              <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
                {t(comparing ? 'history.hideCompare' : 'history.compare')}
              </button>
              {!readOnly && (
                <button type="button" onClick={() => void restore()}>
                  {t('history.restore')}
                </button>
              )}
            </div>
            {comparing && !before && (
              <p className="field-error" role="alert">
                {t('history.damaged')}
              </p>
            )}
            {before && (
              <PlanDiffView
                before={before}
                after={plan}
                beforeLabel={t('history.versionLabel', { time })}
                afterLabel={t('history.nowLabel')}
                title={t('history.compareTitle', { time })}
              />
            )}
          </>
        ) : (
          <p className="hint">{t('history.notKept')}</p>
        )}
      </article>
    </li>
  );
}
