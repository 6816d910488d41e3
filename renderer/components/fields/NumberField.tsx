import { useEffect, useId, useState } from 'react';

type NumberFieldProps = {
  label: string;
  value: number;
  /** How the stored value is shown, e.g. 0.2 as "20". */
  format(value: number): string;
  /** Reads what was typed; null when it is not a number. */
  parse(text: string): number | null;
  /** A message naming what is wrong, or null when the number is acceptable. */
  validate(value: number | null): string | null;
  onChange(value: number): void;
  hint?: string;
};

/**
 * A number typed the way people type it (with thousands separators or ₪). A wrong entry stays
 * in the field with a message naming the problem; the plan keeps its last good value.
 */
export function NumberField({ label, value, format, parse, validate, onChange, hint }: NumberFieldProps) {
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const parsedDraft = draft === null ? null : parse(draft);
  const problem = draft === null ? null : validate(parsedDraft);
  const draftMatchesPlan = parsedDraft === value || problem !== null;
  useEffect(() => {
    // The plan changed under the field (undo, another view): show the plan's value again.
    if (draft !== null && !draftMatchesPlan) setDraft(null);
  }, [value, draft, draftMatchesPlan]);
  const describedBy = [hint ? hintId : null, problem ? messageId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        dir="ltr"
        value={draft ?? format(value)}
        aria-invalid={problem !== null}
        data-local-undo={problem !== null}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = parse(text);
          if (parsed !== null && validate(parsed) === null && parsed !== value) onChange(parsed);
        }}
        onBlur={() => {
          if (problem === null) setDraft(null);
        }}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={messageId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
