import { needEvidence } from '@shared/participation/need-evidence.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useParticipationSelection } from './participation-selection.ts';

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 80).trim()}…` : text);

/** The activities and findings a need rests on, each leading to the activity's card in the participation log. */
export function ActivityEvidence({ needId }: { needId: string }) {
  const t = useT();
  const plan = usePlanStore((state) => state.document?.plan);
  if (!plan) return null;
  const evidence = needEvidence(plan, needId);
  if (evidence.length === 0) return null;
  return (
    <div className="item-links need-evidence" role="group" aria-label={t('participation.evidence.title')}>
      <span aria-hidden="true">{t('participation.evidence.title')}</span>
      {evidence.map(({ activity, finding }) => {
        const number = plan.activities.indexOf(activity) + 1;
        const name = activity.title || t('participation.activity.unnamed', { number });
        return (
          <button key={finding.id} type="button" className="link-button" onClick={() => useParticipationSelection.getState().showActivity(activity.id)}>
            <bdi>{t('participation.evidence.item', { activity: name, finding: excerpt(finding.text) })}</bdi>
          </button>
        );
      })}
    </div>
  );
}
