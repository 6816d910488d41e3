import { useEffect, useState } from 'react';
import type { SampleEntry } from '@shared/host-api.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { host } from '../host/host-client.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { newPlan, openPlan, openPlanFromComputer, openSample } from '../state/file-actions.ts';
import { useUiStore } from '../state/ui-store.ts';

/**
 * What a window with no plan shows: a new or empty workspace greets the user with a choice —
 * a new plan, a plan of their own, or one of the bundled samples — never with an error.
 */
export function WelcomePanel() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const info = useUiStore((state) => state.info);
  const [samples, setSamples] = useState<SampleEntry[] | null>(null);
  useEffect(() => {
    void host['samples:list']({}).then(setSamples, () => setSamples([]));
  }, []);
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p>{t('welcome.body')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => void newPlan()}>
          {t('welcome.new')}
        </button>
        <button type="button" onClick={() => void openPlan()}>
          {t('welcome.open')}
        </button>
        {!info?.nativeDialogs && (
          <button type="button" onClick={() => void openPlanFromComputer()}>
            {t('files.fromComputer')}
          </button>
        )}
      </div>
      {info?.workspace && (
        <p className="hint">
          {t('files.workspaceFolder')} <bdi dir="ltr">{info.workspace}</bdi>
        </p>
      )}
      <h2>{t('welcome.samples')}</h2>
      {samples === null ? (
        <p>{t('welcome.loadingSamples')}</p>
      ) : (
        <ul className="welcome-samples">
          {samples.map((sample) => (
            <li key={sample.fileName}>
              <button type="button" onClick={() => void openSample(sample.fileName)}>
                <span className="sample-name">{t('welcome.sample', { authority: sample.authority, year: sample.year })}</span>
                {sample.description && <span>{sample.description[language]}</span>}
                <span className="file-meta">{t('welcome.sampleDetails', { services: formatNumber(sample.services, language), file: sample.fileName })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('welcome.samplesHint')}</p>
    </section>
  );
}
