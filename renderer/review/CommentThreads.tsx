import { useId, useState } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { parseTargetPath, type CommentTarget } from '@shared/review/comment-targets.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { reply, resolveComment } from '../state/review-actions.ts';
import { useUiStore } from '../state/ui-store.ts';
import { commentTargetLabel } from './comment-target-label.ts';
import { formatReviewTime } from './review-format.ts';

type Comment = Plan['review']['comments'][number];

function goTo(target: CommentTarget): void {
  const ui = useUiStore.getState();
  switch (target.kind) {
    case 'plan':
      return ui.show({ kind: 'details' });
    case 'station':
      return ui.show({ kind: 'station', station: target.station });
    case 'service':
      return ui.goToItem({ kind: 'service', id: target.serviceId });
    case 'cell':
      return ui.goToBudgetCell({ serviceId: target.serviceId, field: target.field });
    case 'outcome':
    case 'indicator':
      return ui.goToItem({ kind: 'outcome', id: target.outcomeId });
  }
}

function Thread({ plan, entry }: { plan: Plan; entry: Comment }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [text, setText] = useState('');
  const replyId = useId();
  const about = commentTargetLabel(plan, entry.target, language);
  const target = parseTargetPath(entry.target);
  return (
    <li className={entry.resolved ? 'comment-thread resolved' : 'comment-thread'}>
      <article aria-label={t('review.commentAbout', { target: about })}>
        <header className="thread-head">
          <strong>
            <bdi>{about}</bdi>
          </strong>
          <span className={entry.resolved ? 'status-badge status-done' : 'status-badge status-in-progress'}>{entry.resolved ? t('review.resolved') : t('review.open')}</span>
          {target && (
            <button type="button" className="link-button" onClick={() => goTo(target)}>
              {t('review.showItem')}
            </button>
          )}
        </header>
        <ol className="thread-messages">
          {entry.thread.map((message, index) => (
            <li key={index}>
              <span className="thread-meta">
                <bdi>{t('review.byRole', { by: message.by, role: t(`review.role.${message.role}`) })}</bdi> · {formatReviewTime(message.at, language)}
              </span>
              <p dir="auto">{message.text}</p>
            </li>
          ))}
        </ol>
        <div className="field">
          <label htmlFor={replyId}>{t('review.replyText', { target: about })}</label>
          <textarea id={replyId} dir="auto" rows={2} maxLength={20_000} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="button-row">
          <button type="button" disabled={!text.trim()} onClick={() => reply(entry.id, text.trim()) && setText('')}>
            {t('review.sendReply')}
          </button>
          <button type="button" onClick={() => resolveComment(entry.id, !entry.resolved)}>
            {entry.resolved ? t('review.reopen') : t('review.resolve')}
          </button>
        </div>
      </article>
    </li>
  );
}

/** The comment threads, open ones first; either side answers, resolves or reopens. */
export function CommentThreads({ plan }: { plan: Plan }) {
  const t = useT();
  const comments = [...plan.review.comments].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  if (comments.length === 0) return <p>{t('review.noComments')}</p>;
  return (
    <ul className="comment-threads">
      {comments.map((entry) => (
        <Thread key={entry.id} plan={plan} entry={entry} />
      ))}
    </ul>
  );
}
