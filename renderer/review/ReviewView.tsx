import { useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ReportSection } from '../report/ReportSection.tsx';
import { usePlanStore } from '../state/plan-store.ts';
import { ApprovalBanner } from './ApprovalBanner.tsx';
import { CommentComposer } from './CommentComposer.tsx';
import { CommentThreads } from './CommentThreads.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { ReviewLog } from './ReviewLog.tsx';
import { ReviewPackage } from './ReviewPackage.tsx';
import { SigningKeys } from './SigningKeys.tsx';
import { WorkingAs } from './WorkingAs.tsx';

/** Submission, comments, the reviewer's package, return or approval, and the signing keys: the plan's way to the ministry and back. */
export function ReviewView() {
  const t = useT();
  const plan = usePlanStore((state) => state.document!.plan);
  const open = plan.review.comments.filter((comment) => !comment.resolved).length;
  // One document goes to the printer at a time: the report while it is open, else the package.
  const [reportOpen, setReportOpen] = useState(false);
  return (
    <div className="review-view">
      <h1>{t('review.title')}</h1>
      <p className="hint">{t('review.hint')}</p>
      <ApprovalBanner plan={plan} />
      <WorkingAs />
      <ReviewActions plan={plan} />
      <section className="review-comments" aria-labelledby="review-comments-title">
        <h2 id="review-comments-title">
          {t('review.comments')} <span className="count">{t('review.commentsOpen', { count: open })}</span>
        </h2>
        <CommentComposer plan={plan} />
        <CommentThreads plan={plan} />
      </section>
      <ReviewPackage plan={plan} printable={!reportOpen} />
      <ReportSection plan={plan} open={reportOpen} onOpen={setReportOpen} />
      <ReviewLog plan={plan} />
      <SigningKeys />
    </div>
  );
}
