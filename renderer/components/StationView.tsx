import { useId } from 'react';
import { setStationNotes, setStationStatus } from '@shared/commands/plan-commands.ts';
import { stationStatuses, type StationStatus } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { stationCategories } from '@shared/stations/station-content.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { StationCategorySection } from './StationCategorySection.tsx';
import { TextField } from './fields/TextField.tsx';
import { BudgetView } from '../budget/BudgetView.tsx';
import { PopulationSection } from '../stations/PopulationSection.tsx';
import { ExistingServicesSection } from '../stations/ExistingServicesSection.tsx';
import { NeedsRegister } from '../stations/NeedsRegister.tsx';
import { SurveysSection } from '../stations/SurveysSection.tsx';
import { OutcomesSection } from '../stations/OutcomesSection.tsx';
import { LeadingValues } from '../stations/LeadingValues.tsx';
import { ServiceMixView } from '../stations/ServiceMixView.tsx';
import { PrioritiesView } from '../stations/priorities/PrioritiesView.tsx';
import { WorkPlanView } from '../stations/implementation/WorkPlanView.tsx';

/** One planning station: its goal, the guide's categories and questions to mark, own items, notes. */
export function StationView({ station }: { station: StationId }) {
  const t = useT();
  const localized = useLocalized();
  const work = usePlanStore((state) => state.document?.plan.stations[station]);
  const perform = usePlanStore((state) => state.perform);
  const statusId = useId();
  const content = stationById(station);
  if (!work) return null;
  return (
    <div className="view station-view">
      <header className="station-header">
        <p className="eyebrow">{t('station.number', { number: content.number })}</p>
        <h1>{localized(content.name)}</h1>
        <div className="field status-field">
          <label htmlFor={statusId}>{t('status.label')}</label>
          <select
            id={statusId}
            value={work.status}
            onChange={(event) => perform(setStationStatus, { station, status: event.target.value as StationStatus })}
          >
            {stationStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </header>
      {station === 'current-state' && (
        <>
          <PopulationSection />
          <ExistingServicesSection />
          <SurveysSection />
          <NeedsRegister />
        </>
      )}
      {station === 'desired-state' && (
        <>
          <OutcomesSection />
          <LeadingValues />
        </>
      )}
      {station === 'service-mix' && <ServiceMixView />}
      {station === 'resources' && <BudgetView />}
      {station === 'prioritization' && <PrioritiesView />}
      {station === 'implementation' && <WorkPlanView />}
      <section className="card goal" aria-labelledby={`${station}-goal`}>
        <h2 id={`${station}-goal`}>{t('station.goal')}</h2>
        <p>{localized(content.goal)}</p>
      </section>
      <div className="categories">
        {stationCategories.map((category) => (
          <StationCategorySection key={category} station={station} category={category} items={content[category]} work={work} />
        ))}
      </div>
      <section className="card" aria-labelledby={`${station}-methods`}>
        <h2 id={`${station}-methods`}>{t('station.methods')}</h2>
        <ul className="methods">
          {content.methods.map((method) => (
            <li key={method.en}>{localized(method)}</li>
          ))}
        </ul>
      </section>
      <section className="card">
        <TextField
          label={t('station.notes')}
          value={work.notes}
          multiline
          onChange={(notes) => perform(setStationNotes, { station, notes }, `notes:${station}`)}
        />
      </section>
    </div>
  );
}
