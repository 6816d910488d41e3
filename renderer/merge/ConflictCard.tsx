import { useId } from 'react';
import { conflictValueText } from '@shared/merge/conflict-value-text.ts';
import type { ConflictChoice, MergeConflict } from '@shared/merge/merge-result.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';

type Props = {
  conflict: MergeConflict;
  number: number;
  withAncestor: boolean;
  choice: ConflictChoice | undefined;
  onChoose(choice: ConflictChoice): void;
};

/** A value a user may write instead of either side's: a text or a number, not a list or a record. */
const editable = (conflict: MergeConflict) => [conflict.mine, conflict.theirs].some((value) => typeof value === 'string' || typeof value === 'number');

function SideValue({ label, value }: { label: string; value: unknown }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const text = conflictValueText(value, language);
  return (
    <div className="merge-side">
      <dt>{label}</dt>
      <dd>{text === null ? <span className="hint">{t('mergeView.nothing')}</span> : <bdi className="merge-text">{text}</bdi>}</dd>
    </div>
  );
}

/**
 * One conflict: where it is in plan words, what the version both started from said, mine and
 * theirs (for a long text, the lines that clash), and the choice of mine, theirs or a value
 * written here.
 */
export function ConflictCard({ conflict, number, withAncestor, choice, onChoose }: Props) {
  const t = useT();
  const word = useWord();
  const editedId = useId();
  const label = word(conflict.label);
  const sidesClass = withAncestor ? 'merge-sides' : 'merge-sides merge-sides-two';
  const edited = choice?.take === 'edited' ? choice.value : undefined;
  const removal = conflict.kind === 'removed-changed' ? t(conflict.removedBy === 'mine' ? 'mergeView.removedByMine' : 'mergeView.removedByTheirs') : null;
  return (
    <li className="card merge-conflict">
      <fieldset>
        <legend>
          {t('mergeView.conflictNumber', { number })} · <bdi>{label}</bdi>
        </legend>
        <p className="hint merge-path" dir="ltr">{conflict.path}</p>
        {removal && <p>{removal}</p>}
        {conflict.kind === 'lines' ? (
          conflict.lines.map((clash, index) => (
            <dl key={index} className={sidesClass}>
              {withAncestor && <SideValue label={t('mergeView.base')} value={clash.base.join('\n')} />}
              <SideValue label={t('mergeView.mine')} value={clash.mine.join('\n')} />
              <SideValue label={t('mergeView.theirs')} value={clash.theirs.join('\n')} />
            </dl>
          ))
        ) : (
          <dl className={sidesClass}>
            {withAncestor && <SideValue label={t('mergeView.base')} value={conflict.base} />}
            <SideValue label={t('mergeView.mine')} value={conflict.mine} />
            <SideValue label={t('mergeView.theirs')} value={conflict.theirs} />
          </dl>
        )}
        <div className="merge-choices" role="radiogroup" aria-label={t('mergeView.choiceFor', { place: label })}>
          <label className="choice">
            <input type="radio" checked={choice?.take === 'mine'} onChange={() => onChoose({ take: 'mine' })} />
            {t('mergeView.takeMine')}
          </label>
          <label className="choice">
            <input type="radio" checked={choice?.take === 'theirs'} onChange={() => onChoose({ take: 'theirs' })} />
            {t('mergeView.takeTheirs')}
          </label>
          {editable(conflict) && (
            <label className="choice">
              <input type="radio" checked={choice?.take === 'edited'} onChange={() => onChoose({ take: 'edited', value: typeof conflict.mine === 'string' ? conflict.mine : (conflict.mine ?? conflict.theirs) })} />
              {t('mergeView.takeEdited')}
            </label>
          )}
        </div>
        {choice?.take === 'edited' && (
          <div className="field">
            <label htmlFor={editedId}>{t('mergeView.editedValue', { place: label })}</label>
            {typeof edited === 'number' ? (
              <input id={editedId} type="number" dir="ltr" value={edited} onChange={(event) => onChoose({ take: 'edited', value: event.target.value === '' ? 0 : Number(event.target.value) })} />
            ) : (
              <textarea id={editedId} dir="auto" rows={4} value={String(edited ?? '')} onChange={(event) => onChoose({ take: 'edited', value: event.target.value })} />
            )}
          </div>
        )}
      </fieldset>
    </li>
  );
}
