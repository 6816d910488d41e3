import { useMemo, type ReactNode } from 'react';
import { setStationNotes } from '@shared/commands/plan-commands.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { stationCategories } from '@shared/stations/station-content.ts';
import { stationSections } from '@shared/stations/station-sections.ts';
import { BackToTop, StationContents, sectionAnchor } from './StationContents.tsx';
import { StationWaiver } from './StationWaiver.tsx';
import { StationStatusField } from './StationStatusField.tsx';
import { GuidingQuestions } from '../stations/GuidingQuestions.tsx';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { StationCategorySection } from './StationCategorySection.tsx';
import { TextField } from './fields/TextField.tsx';
import { BudgetView } from '../budget/BudgetView.tsx';
import { PopulationSection } from '../stations/PopulationSection.tsx';
import { ExistingServicesSection } from '../stations/ExistingServicesSection.tsx';
import { PartnersSection } from '../stations/PartnersSection.tsx';
import { ParticipationSection } from '../stations/ParticipationSection.tsx';
import { NeedsRegister } from '../stations/NeedsRegister.tsx';
import { SurveysSection } from '../stations/SurveysSection.tsx';
import { OutcomesSection } from '../stations/OutcomesSection.tsx';
import { LeadingValues } from '../stations/LeadingValues.tsx';
import { ServiceMixView } from '../stations/ServiceMixView.tsx';
import { PrioritiesView } from '../stations/priorities/PrioritiesView.tsx';
import { WorkPlanView } from '../stations/implementation/WorkPlanView.tsx';

/** The team's work in each station, by the part of the page it fills. */
function StationWork({ station }: { station: StationId }) {
  const part = (id: Parameters<typeof sectionAnchor>[0], content: ReactNode) => (
    <div id={sectionAnchor(id)} className="station-section">
      {content}
    </div>
  );
  switch (station) {
    case 'current-state':
      return (
        <>
          {part('population', <PopulationSection />)}
          {part('partners', <PartnersSection />)}
          {part('existing-services', <ExistingServicesSection />)}
          {part('participation', <ParticipationSection />)}
          {part('surveys', <SurveysSection />)}
          {part('needs', <NeedsRegister />)}
        </>
      );
    case 'desired-state':
      return (
        <>
          {part('outcomes', <OutcomesSection />)}
          {part('leading-values', <LeadingValues />)}
        </>
      );
    case 'service-mix':
      return part('service-mix', <ServiceMixView />);
    case 'resources':
      return part('budget', <BudgetView />);
    case 'prioritization':
      return part('priorities', <PrioritiesView />);
    case 'implementation':
      return part('work-plan', <WorkPlanView />);
  }
}

/**
 * One planning station. The guide comes first — the station's goal and its guiding questions —
 * then a table of contents, the team's work, the guide's categories to mark, and the notes.
 */
export function StationView({ station }: { station: StationId }) {
  const t = useT();
  const localized = useLocalized();
  const plan = usePlanStore((state) => state.document?.plan);
  const perform = usePlanStore((state) => state.perform);
  const content = stationById(station);
  const sections = useMemo(() => (plan ? stationSections(plan, station) : []), [plan, station]);
  const work = plan?.stations[station];
  if (!work) return null;
  return (
    <div className="view station-view">
      <header className="station-header" id="station-top">
        <p className="eyebrow">{t('station.number', { number: content.number })}</p>
        <h1>{localized(content.name)}</h1>
        <StationStatusField station={station} work={work} />
        <StationWaiver key={station} station={station} reason={work.waiverReason} />
      </header>
      <StationContents sections={sections} />
      <div id={sectionAnchor('guide')} className="station-section guide-first">
        <section className="card goal" aria-labelledby={`${station}-goal`}>
          <h2 id={`${station}-goal`}>{t('station.goal')}</h2>
          <p>{localized(content.goal)}</p>
        </section>
        <GuidingQuestions station={station} work={work} />
      </div>
      <StationWork station={station} />
      <div id={sectionAnchor('categories')} className="station-section categories">
        {stationCategories
          .filter((category) => category !== 'questions')
          .map((category) => (
            <StationCategorySection key={category} station={station} category={category} items={content[category]} work={work} />
          ))}
      </div>
      <section id={sectionAnchor('methods')} className="station-section card" aria-labelledby={`${station}-methods`}>
        <h2 id={`${station}-methods`}>{t('station.methods')}</h2>
        <ul className="methods">
          {content.methods.map((method) => (
            <li key={method.en}>{localized(method)}</li>
          ))}
        </ul>
      </section>
      <section id={sectionAnchor('notes')} className="station-section card">
        <TextField
          label={t('station.notes')}
          value={work.notes}
          multiline
          onChange={(notes) => perform(setStationNotes, { station, notes })}
        />
      </section>
      <BackToTop />
    </div>
  );
}
