import type { Plan } from '@shared/model/plan-schema.ts';
import { reviewChecklist, type ChecklistItem } from '@shared/review/review-checklist.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** The checklist drawn from the six stations, each item passing or naming what fails it. */
export function ReviewChecklist({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const serviceName = (id: string) => plan.services.find((service) => service.id === id)?.name ?? id;
  const indicatorName = (outcomeId: string, indicatorId: string) =>
    plan.outcomes.find((outcome) => outcome.id === outcomeId)?.indicators.find((indicator) => indicator.id === indicatorId)?.name ?? indicatorId;
  const failing = (item: ChecklistItem): string | null => {
    if (item.passed) return null;
    switch (item.check) {
      case 'stations-done':
        return t('review.check.stations-done.failing', { list: item.pending.map((station) => stationById(station).name[language]).join(', ') });
      case 'services-linked':
        return t('review.check.services-linked.failing', { list: item.serviceIds.map(serviceName).join(', ') });
      case 'indicators-complete':
        return t('review.check.indicators-complete.failing', { list: item.indicators.map((entry) => indicatorName(entry.outcomeId, entry.indicatorId)).join(', ') });
      case 'no-errors':
        return t('review.check.no-errors.failing', { count: item.errors });
      case 'self-development':
        return null;
    }
  };
  return (
    <table className="preview-table review-checklist">
      <caption>{t('review.checklist')}</caption>
      <tbody>
        {reviewChecklist(plan).map((item) => (
          <tr key={item.check}>
            <th scope="row">{t(`review.check.${item.check}`)}</th>
            <td className={item.passed ? 'check-passed' : 'check-failed'}>{item.passed ? `✓ ${t('review.passed')}` : `✗ ${t('review.failed')}`}</td>
            <td>
              <bdi>{failing(item)}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
