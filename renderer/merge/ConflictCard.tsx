import { useId, useState } from 'react';
import { conflictValueText } from '@shared/merge/conflict-value-text.ts';
import { textTaking } from '@shared/merge/merge-text.ts';
import type { ConflictChoice, MergeConflict } from '@shared/merge/merge-result.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';

type Props = {
  conflict: MergeConflict;
  number: number;
  withAncestor: boolean;
  choice: ConflictChoice | undefined;
  /** Null takes the choice back: the conflict is open again (a number box emptied). */
  onChoose(choice: ConflictChoice | null): void;
};

/** Where "a value I write" starts: mine, and for a long text mine merged with theirs' edits to other lines. */
function startOfEdit(conflict: MergeConflict): unknown {
  if (conflict.kind === 'lines') return textTaking(String(conflict.base ?? ''), String(conflict.mine), String(conflict.theirs), 'mine');
  return conflict.mine ?? conflict.theirs;
}

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
  const group = useId();
  const label = word(conflict.label);
  const sidesClass = withAncestor ? 'merge-sides' : 'merge-sides merge-sides-two';
  // Writing a value stays chosen while its box is empty; only a value written settles the conflict.
  const [writing, setWriting] = useState<{ start: unknown } | null>(null);
  // "All as mine" or "all as theirs" set above ends the writing as a click on mine or theirs does.
  const writingNow = writing !== null && (choice === undefined || choice.take === 'edited') ? writing : null;
  const edited = choice?.take === 'edited' ? choice.value : writingNow?.start;
  const take = (side: 'mine' | 'theirs') => {
    setWriting(null);
    onChoose({ take: side });
  };
  const write = () => {
    const start = startOfEdit(conflict);
    setWriting({ start });
    onChoose({ take: 'edited', value: start });
  };
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
            <input type="radio" name={group} checked={choice?.take === 'mine'} onChange={() => take('mine')} />
            {t('mergeView.takeMine')}
          </label>
          <label className="choice">
            <input type="radio" name={group} checked={choice?.take === 'theirs'} onChange={() => take('theirs')} />
            {t('mergeView.takeTheirs')}
          </label>
          {editable(conflict) && (
            <label className="choice">
              <input type="radio" name={group} checked={writingNow !== null} onChange={write} />
              {t('mergeView.takeEdited')}
            </label>
          )}
        </div>
        {writingNow !== null && (
          <div className="field">
            <label htmlFor={editedId}>{t('mergeView.editedValue', { place: label })}</label>
            {typeof writingNow.start === 'number' ? (
              <input id={editedId} type="number" dir="ltr" defaultValue={writingNow.start} onChange={(event) => onChoose(event.target.value === '' ? null : { take: 'edited', value: Number(event.target.value) })} />
            ) : (
              <textarea id={editedId} dir="auto" rows={4} value={String(edited ?? '')} onChange={(event) => onChoose({ take: 'edited', value: event.target.value })} />
            )}
          </div>
        )}
      </fieldset>
    </li>
  );
}
