import { setAttendanceByBand, setAttendanceByGroup, setAttendanceTotal } from '@shared/commands/participation-commands.ts';
import { heardGroups, type Plan } from '@shared/model/plan-schema.ts';
import { heardGroupLabelKeys } from '@shared/participation/participation-labels.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { ActivityCountField } from './ActivityCountField.tsx';

type Activity = Plan['activities'][number];

/** Who came: in all, by the plan's own age bands, and by the groups the guide asks to hear, each where known. */
export function ActivityAttendance({ activity }: { activity: Activity }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const bands = usePlanStore((state) => state.document?.plan.population.bands) ?? [];
  const { attendance } = activity;
  return (
    <fieldset className="card-choices activity-attendance">
      <legend>{t('participation.attendance.title')}</legend>
      <ActivityCountField label={t('participation.attendance.total')} value={attendance.total} onChange={(total) => perform(setAttendanceTotal, { id: activity.id, total })} />
      {bands.length > 0 && (
        <fieldset className="attendance-counts">
          <legend>{t('participation.attendance.byBand')}</legend>
          {bands.map((band) => (
            <ActivityCountField
              key={band.id}
              label={t('participation.attendance.band', { band: band.label })}
              value={attendance.byAgeBand.find((entry) => entry.bandId === band.id)?.count ?? null}
              onChange={(count) => perform(setAttendanceByBand, { id: activity.id, bandId: band.id, count })}
            />
          ))}
        </fieldset>
      )}
      <fieldset className="attendance-counts">
        <legend>{t('participation.attendance.byGroup')}</legend>
        {heardGroups.map((group) => (
          <ActivityCountField
            key={group}
            label={t(heardGroupLabelKeys[group])}
            value={attendance.byGroup.find((entry) => entry.group === group)?.count ?? null}
            onChange={(count) => perform(setAttendanceByGroup, { id: activity.id, group, count })}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
