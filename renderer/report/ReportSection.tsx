import { useCallback, useState } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useT } from '../i18n/i18n.ts';
import { PlanReport } from './PlanReport.tsx';

/** Prepares the printable plan report; printing waits until the logic model is laid out. */
export function ReportSection({ plan, open, onOpen }: { plan: Plan; open: boolean; onOpen(open: boolean): void }) {
  const t = useT();
  const [ready, setReady] = useState(false);
  const onReady = useCallback((value: boolean) => setReady(value), []);
  return (
    <section className="report-section" aria-labelledby="report-section-title">
      <h2 id="report-section-title">{t('report.section')}</h2>
      <p className="hint">{t('report.hint')}</p>
      <div className="button-row">
        <button type="button" aria-expanded={open} onClick={() => onOpen(!open)}>
          {open ? t('report.close') : t('report.prepare')}
        </button>
        {open && (
          <button type="button" className="primary" disabled={!ready} onClick={() => window.print()}>
            {t('report.print')}
          </button>
        )}
      </div>
      {open && <p role="status">{ready ? t('report.ready') : t('report.preparing')}</p>}
      {open && <PlanReport plan={plan} onReady={onReady} />}
    </section>
  );
}
