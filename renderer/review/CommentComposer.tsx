import { useId, useState } from 'react';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { commentTargets, targetName, targetPath, type CommentTarget } from '@shared/review/comment-targets.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { comment } from '../state/review-actions.ts';
import { targetLabel } from './comment-target-label.ts';

/** A new comment on any item: the plan, a station's notes, a service or one of its budget cells, an outcome, an indicator. */
export function CommentComposer({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [target, setTarget] = useState('plan');
  const [column, setColumn] = useState('');
  const [text, setText] = useState('');
  const targetId = useId();
  const columnId = useId();
  const textId = useId();
  const groups = commentTargets(plan);
  const serviceChosen = target.startsWith('services[');
  const label = (each: CommentTarget) => targetLabel(each, targetName(plan, each, language) ?? '', language);
  const add = () => {
    if (!text.trim()) return;
    if (comment(serviceChosen && column ? `${target}.${column}` : target, text.trim())) setText('');
  };
  return (
    <fieldset className="comment-composer">
      <legend>{t('review.newComment')}</legend>
      <div className="field">
        <label htmlFor={targetId}>{t('review.commentOn')}</label>
        <select
          id={targetId}
          value={target}
          onChange={(event) => {
            setTarget(event.target.value);
            setColumn('');
          }}
        >
          {groups.map((group) =>
            group.targets.length === 0 ? null : (
              <optgroup key={group.group} label={t(`review.group.${group.group}`)}>
                {group.targets.map((each) => (
                  <option key={targetPath(each)} value={targetPath(each)}>
                    {label(each)}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </div>
      {serviceChosen && (
        <div className="field">
          <label htmlFor={columnId}>{t('review.commentColumn')}</label>
          <select id={columnId} value={column} onChange={(event) => setColumn(event.target.value)}>
            <option value="">{t('review.wholeService')}</option>
            {budgetColumns(plan).map((each) => (
              <option key={each.id} value={each.id}>
                {each.header[language]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={textId}>{t('review.commentText')}</label>
        <textarea id={textId} dir="auto" rows={3} maxLength={20_000} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="button" onClick={add} disabled={!text.trim()}>
        {t('review.addComment')}
      </button>
    </fieldset>
  );
}
