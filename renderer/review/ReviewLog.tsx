import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { formatReviewTime } from './review-format.ts';

/** Every act on the plan, oldest first: who, in which role, when, with which note, on which content. */
export function ReviewLog({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const log = plan.review.log;
  return (
    <section className="review-log">
      <h2>{t('review.log')}</h2>
      {log.length === 0 ? (
        <p>{t('review.logEmpty')}</p>
      ) : (
        <table className="preview-table">
          <caption className="visually-hidden">{t('review.log')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.log.when')}</th>
              <th scope="col">{t('review.log.act')}</th>
              <th scope="col">{t('review.log.by')}</th>
              <th scope="col">{t('review.log.note')}</th>
              <th scope="col">{t('review.log.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((act, index) => (
              <tr key={index}>
                <td>{formatReviewTime(act.at, language)}</td>
                <td>{t(`review.act.${act.act}`)}</td>
                <td>
                  <bdi>{t('review.byRole', { by: act.by, role: t(`review.role.${act.role}`) })}</bdi>
                </td>
                <td>
                  <bdi>{act.note}</bdi>
                </td>
                <td>
                  <code dir="ltr">{act.contentHash.slice(0, 12)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
