import type { Plan } from '@shared/model/plan-schema.ts';
import type { Finding } from '@shared/rules/finding.ts';
import { reviewChecklist } from '@shared/review/review-checklist.ts';
import { useT } from '../i18n/i18n.ts';
import { RequirementLinks, StationsSetByTeam } from './RequirementLinks.tsx';

/** The checklist drawn from the six stations, each item passing or naming what fails it. */
export function ReviewChecklist({ plan, findings }: { plan: Plan; findings: readonly Finding[] }) {
  const t = useT();
  return (
    <table className="preview-table review-checklist">
      <caption>{t('review.checklist')}</caption>
      <tbody>
        {reviewChecklist(plan, findings).map((item) => (
          <tr key={item.check}>
            <th scope="row">{t(`review.check.${item.check}`)}</th>
            <td className={item.passed ? 'check-passed' : 'check-failed'}>{item.passed ? `✓ ${t('review.passed')}` : `✗ ${t('review.failed')}`}</td>
            <td>
              <RequirementLinks item={item} plan={plan} />
              <StationsSetByTeam item={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
