import { addFinding, findingToNeed, removeFinding, setFindingText } from '@shared/commands/participation-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { TextField } from '../components/fields/TextField.tsx';

type Activity = Plan['activities'][number];
type Finding = Activity['findings'][number];

function FindingRow({ activity, finding, number }: { activity: Activity; finding: Finding; number: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const needs = usePlanStore((state) => state.document?.plan.needs) ?? [];
  const needIndex = finding.needId === null ? -1 : needs.findIndex((need) => need.id === finding.needId);
  const ids = { activityId: activity.id, findingId: finding.id };
  return (
    <li className="activity-finding">
      <TextField label={t('participation.findings.text', { number })} value={finding.text} multiline onChange={(text) => perform(setFindingText, { ...ids, text })} />
      <div className="item-links">
        {needIndex >= 0 ? (
          <>
            <span>{t('participation.findings.isNeed')}</span>
            <button type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind: 'need', id: finding.needId! })}>
              {t('participation.findings.needLink', { number: needIndex + 1 })}
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={finding.text.trim() === ''}
            onClick={() => perform(findingToNeed, { ...ids, needId: `need-${crypto.randomUUID().slice(0, 8)}`, language })}
          >
            {t('participation.findings.toNeed', { number })}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => perform(removeFinding, ids)}>
          {t('participation.findings.remove', { number })}
        </button>
      </div>
    </li>
  );
}

/** What was said or seen at the activity; each finding can become a need of the register, and then leads to it. */
export function ActivityFindings({ activity }: { activity: Activity }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const add = () => perform(addFinding, { activityId: activity.id, finding: { id: `finding-${crypto.randomUUID().slice(0, 8)}`, text: '', needId: null } });
  return (
    <fieldset className="card-choices activity-findings">
      <legend>{t('participation.findings.title')}</legend>
      {activity.findings.length === 0 ? <p className="hint">{t('participation.findings.empty')}</p> : (
        <ol className="finding-list">
          {activity.findings.map((finding, index) => <FindingRow key={finding.id} activity={activity} finding={finding} number={index + 1} />)}
        </ol>
      )}
      <button type="button" onClick={add}>{t('participation.findings.add')}</button>
    </fieldset>
  );
}
