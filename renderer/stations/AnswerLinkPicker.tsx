import { useId, useState } from 'react';
import { answerLinkKinds } from '@shared/model/plan-schema.ts';
import { answerLinkKindKeys, type AnswerLinkKind, type AnswerLinkTarget } from '@shared/stations/guiding-answer-links.ts';
import type { AnswerLink } from '@shared/stations/guiding-answers.ts';
import { useT, useWord } from '../i18n/i18n.ts';

type PickerProps = { number: number; targets: Record<AnswerLinkKind, AnswerLinkTarget[]>; linked: readonly AnswerLink[]; onAdd(link: AnswerLink): void };

/** Choose a kind, then an item of that kind not linked yet, then add it: each step a labelled control. */
export function AnswerLinkPicker({ number, targets, linked, onAdd }: PickerProps) {
  const t = useT();
  const word = useWord();
  const ids = { kind: useId(), item: useId() };
  const [kind, setKind] = useState<AnswerLinkKind>('need');
  const [chosen, setChosen] = useState('');
  const open = targets[kind].filter((target) => !linked.some((link) => link.kind === kind && link.id === target.id));
  const itemId = open.some((target) => target.id === chosen) ? chosen : (open[0]?.id ?? '');
  return (
    <div className="answer-link-picker">
      <div className="field">
        <label htmlFor={ids.kind}>{t('answers.linkKind', { number })}</label>
        <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value as AnswerLinkKind)}>
          {answerLinkKinds.map((each) => (
            <option key={each} value={each}>
              {t(answerLinkKindKeys[each])}
            </option>
          ))}
        </select>
      </div>
      <div className="field answer-link-item">
        <label htmlFor={ids.item}>{t('answers.linkItem', { number })}</label>
        <select id={ids.item} value={itemId} disabled={open.length === 0} onChange={(event) => setChosen(event.target.value)}>
          {open.length === 0 && <option value="">{t('answers.noItems')}</option>}
          {open.map((target) => (
            <option key={target.id} value={target.id}>
              {word(target.name)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={itemId === ''} onClick={() => onAdd({ kind, id: itemId })}>
        {t('answers.addLink')}
      </button>
    </div>
  );
}
