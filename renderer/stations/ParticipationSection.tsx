import { useId } from 'react';
import { addActivity } from '@shared/commands/participation-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import type { Activity } from '@shared/model/plan-schema.ts';
import { newActivity } from '@shared/participation/new-activity.ts';
import { activityKindLabelKeys } from '@shared/participation/participation-labels.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { importActivities } from '../state/workbook-actions.ts';
import { ActivityCard } from './ActivityCard.tsx';
import { ActivityDateText } from './ActivityDateText.tsx';
import { ActivityTableHead } from './ActivityTableHead.tsx';
import { useParticipationSelection } from './participation-selection.ts';


/** The participation log of station 1: every activity in a table, and the chosen one's card in full below it. */
export function ParticipationSection() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const activities = usePlanStore((state) => state.document?.plan.activities);
  const perform = usePlanStore((state) => state.perform);
  const { openActivityId, open } = useParticipationSelection();
  const headingId = useId();
  if (!activities) return null;
  const nameOf = (activity: Activity, number: number) => activity.title || t('participation.activity.unnamed', { number });
  const openIndex = activities.findIndex((activity) => activity.id === openActivityId);
  const add = () => {
    const id = `activity-${crypto.randomUUID().slice(0, 8)}`;
    perform(addActivity, { activity: newActivity(id) });
    open(id);
  };
  return (
    <section className="card participation-log" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participation.log.title')}</h2>
      <p className="hint">{t('participation.log.hint')}</p>
      {activities.length === 0 ? <p>{t('participation.log.empty')}</p> : (
        <div className="table-scroll">
          <table className="preview-table activity-table">
            <caption className="visually-hidden">{t('participation.log.table')}</caption>
            <ActivityTableHead />
            <tbody>
              {activities.map((activity, index) => {
                const name = nameOf(activity, index + 1);
                const needs = activity.findings.filter((finding) => finding.needId !== null).length;
                return (
                  <tr key={activity.id} className={activity.id === openActivityId ? 'activity-row-open' : undefined}>
                    <td className="number"><ActivityDateText date={activity.date} /></td>
                    <td>{t(activityKindLabelKeys[activity.kind])}</td>
                    <td>
                      <button type="button" className="link-button activity-open" aria-expanded={activity.id === openActivityId} onClick={() => open(activity.id === openActivityId ? null : activity.id)}>
                        <bdi>{name}</bdi>
                      </button>
                    </td>
                    <td className="number">{activity.attendance.total === null ? t('participation.log.unknown') : formatNumber(activity.attendance.total, language)}</td>
                    <td>{t('participation.log.findingsCount', { count: activity.findings.length, needs })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={add}>{t('participation.log.add')}</button>
        <button type="button" onClick={() => void importActivities()}>{t('participation.import.button')}</button>
      </div>
      {openIndex >= 0 && <ActivityCard key={activities[openIndex]!.id} activity={activities[openIndex]!} name={nameOf(activities[openIndex]!, openIndex + 1)} />}
    </section>
  );
}
