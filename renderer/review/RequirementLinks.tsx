import type { ReactNode } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { ChecklistItem } from '@shared/review/review-checklist.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { useUiStore, type ItemTarget, type View } from '../state/ui-store.ts';

type Place = { label: string; view?: View; item?: ItemTarget };

/** Buttons that lead to where each missing thing is completed. */
function Links({ places }: { places: Place[] }) {
  const { show, goToItem } = useUiStore.getState();
  return (
    <>
      {places.map((place, index) => (
        <span key={`${place.label}-${index}`}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => (place.item ? goToItem(place.item) : place.view && show(place.view))}>
            <bdi>{place.label}</bdi>
          </button>
        </span>
      ))}
    </>
  );
}

type StationsItem = Extract<ChecklistItem, { check: 'stations-done' }>;

/** Each station not finished, a link to it, with what its content still lacks or why its status does not count; one line each, inside the requirement's own list item. */
function PendingStations({ item }: { item: StationsItem }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  return (
    <>
      {item.pending.map(({ station, missing, setByHand }) => (
        <span key={station} className="checklist-station">
          <Links places={[{ label: stationById(station).name[language], view: { kind: 'station', station } }]} />
          {missing.length > 0 && `: ${t('progress.check.missing', { parts: missing.map((part) => t(`progress.part.${part}`)).join('; ') })}`}
          {setByHand && ` (${t('progress.check.setByHand')})`}
        </span>
      ))}
    </>
  );
}

/** The stations whose status the team set against the suggestion, each with its reason: shown whether or not the item passes. */
export function StationsSetByTeam({ item }: { item: ChecklistItem }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  if (item.check !== 'stations-done' || item.setByTeam.length === 0) return null;
  return (
    <>
      {item.setByTeam.map(({ station, status, suggested, reason }) => (
        <span key={station} className="checklist-station">
          <Links places={[{ label: stationById(station).name[language], view: { kind: 'station', station } }]} />
          {': '}
          {t('progress.check.setByTeam', { status: t(`status.${status}`), suggested: t(`status.${suggested}`), reason })}
        </span>
      ))}
    </>
  );
}

/** What fails a checklist item, each part a link to the place to fix it; null when the item passes. */
export function RequirementLinks({ item, plan }: { item: ChecklistItem; plan: Plan }): ReactNode {
  const t = useT();
  if (item.passed) return null;
  const details: View = { kind: 'details' };
  const station = (id: Parameters<typeof stationById>[0]): View => ({ kind: 'station', station: id });
  switch (item.check) {
    case 'details-complete':
      return <Links places={item.missing.map((missing) => ({ label: t(`review.check.details-complete.${missing}`), view: details }))} />;
    case 'stations-done':
      return <PendingStations item={item} />;
    case 'services-chosen':
      return <Links places={[{ label: t('review.check.services-chosen.failing'), view: station('service-mix') }]} />;
    case 'services-linked':
      return (
        <Links
          places={item.serviceIds.map((id) => ({ label: plan.services.find((service) => service.id === id)?.name ?? id, item: { kind: 'service', id } }))}
        />
      );
    case 'indicators-complete': {
      if (item.indicators.length === 0) return <Links places={[{ label: t('requirements.noIndicators'), view: station('desired-state') }]} />;
      const named = item.indicators.map(({ outcomeId, indicatorId }) => ({
        label: plan.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.find((indicator) => indicator.id === indicatorId)?.name || t('indicators.unnamed'),
        item: { kind: 'outcome' as const, id: outcomeId },
      }));
      return <Links places={named} />;
    }
    case 'within-budget':
      return <Links places={[{ label: t('review.check.within-budget.failing'), view: station('resources') }]} />;
    case 'self-development':
      return <Links places={[{ label: t('review.check.self-development.failing'), view: station('resources') }]} />;
    case 'no-errors':
      return <Links places={[{ label: t('review.check.no-errors.failing', { count: item.errors }), view: details }]} />;
  }
}

/** Why the plan cannot be marked ready or submitted yet: each unmet requirement, with its links. */
export function UnmetRequirements({ plan, unmet, id }: { plan: Plan; unmet: readonly ChecklistItem[]; id: string }) {
  const t = useT();
  if (unmet.length === 0) return <p id={id}>{t('requirements.met')}</p>;
  return (
    <div id={id} className="unmet-requirements">
      <p>{t('requirements.intro')}</p>
      <ul>
        {unmet.map((item) => (
          <li key={item.check}>
            <strong>{t(`review.check.${item.check}`)}</strong>: <RequirementLinks item={item} plan={plan} />
          </li>
        ))}
      </ul>
    </div>
  );
}
