import { useEffect, useId, useState } from 'react';
import { figureProblem, unknownAllowed, type ExistingServiceFigure } from '@shared/commands/existing-service-figures.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';

type Props = { figure: ExistingServiceFigure; label: string; value: number | null; onChange(value: number | null): void };

/** What was typed: null for an empty field (not known), undefined for text that is not one number. */
function read(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return parseTypedNumber(text) ?? undefined;
}

/**
 * A figure of an existing service, typed as people type numbers (separators, ₪). An empty field
 * means not known where the figure may be unknown. A wrong entry stays in the field with a
 * message naming the problem, and the plan keeps its last good value.
 */
export function ExistingServiceFigureField({ figure, label, value, onChange }: Props) {
  const t = useT();
  const word = useWord();
  const language = useLanguage((state) => state.language);
  const id = useId();
  const hintId = useId();
  const problemId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? value : read(draft);
  const problem = draft === null ? null : typed === undefined ? t('population.notANumber') : figureProblem(figure, typed);
  const problemText = problem === null ? null : typeof problem === 'string' ? problem : word(problem);
  const draftMatchesPlan = typed === value || problemText !== null;
  useEffect(() => {
    // The plan changed under the field (undo, another view): show the plan's value again.
    if (draft !== null && !draftMatchesPlan) setDraft(null);
  }, [value, draft, draftMatchesPlan]);
  const hint = unknownAllowed[figure];
  const describedBy = [hint ? hintId : null, problemText ? problemId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        dir="ltr"
        value={draft ?? (value === null ? '' : formatNumber(value, language))}
        aria-invalid={problemText !== null}
        data-local-undo={problemText !== null}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = read(text);
          if (next !== undefined && figureProblem(figure, next) === null && next !== value) onChange(next);
        }}
        onBlur={() => {
          if (problemText === null) setDraft(null);
        }}
      />
      {hint && <p id={hintId} className="hint">{t('holdings.unknownHint')}</p>}
      {problemText && <p id={problemId} className="field-error" role="alert">{problemText}</p>}
    </div>
  );
}
