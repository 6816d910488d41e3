import { useEffect, useId, useState } from 'react';

type NumberFieldProps<Value extends number | null> = {
  label: string;
  /** null only where the figure may be unknown: the box is then empty. */
  value: Value;
  /** How the stored value is shown, e.g. 0.2 as "20". */
  format(value: number): string;
  /** Reads what was typed; null when it is not a number. */
  parse(text: string): number | null;
  /**
   * A message naming what is wrong, or null when the number is acceptable. `value` is null when
   * the text is not a number; the text itself lets an empty box be worded apart from a wrong one.
   */
  validate(value: number | null, text: string): string | null;
  onChange(value: NoInfer<Value>): void;
  hint?: string;
  /** An empty box means the figure is not known (null), not a missing number. */
  unknownAllowed?: null extends Value ? boolean : false;
};

/**
 * A number typed the way people type it (with thousands separators or ₪). A wrong entry stays
 * in the field with a message naming the problem; the plan keeps its last good value.
 */
export function NumberField<Value extends number | null>({ label, value, format, parse, validate, onChange, hint, unknownAllowed = false }: NumberFieldProps<Value>) {
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const read = (text: string): { typed: number | null; problem: string | null } => {
    if (unknownAllowed && text.trim() === '') return { typed: null, problem: null };
    const typed = parse(text);
    return { typed, problem: validate(typed, text) };
  };
  const drafted = draft === null ? null : read(draft);
  const problem = drafted?.problem ?? null;
  const draftMatchesPlan = drafted === null || drafted.typed === value || problem !== null;
  useEffect(() => {
    // The plan changed under the field (undo, another view): show the plan's value again.
    if (!draftMatchesPlan) setDraft(null);
  }, [draftMatchesPlan]);
  const describedBy = [hint ? hintId : null, problem ? messageId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        dir="ltr"
        value={draft ?? (value === null ? '' : format(value))}
        aria-invalid={problem !== null}
        data-local-undo={problem !== null}
        aria-describedby={describedBy}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const { typed, problem: found } = read(text);
          // A null reaches the plan only when unknown is allowed, and the props allow that only where Value holds null.
          if (found === null && typed !== value && (typed !== null || unknownAllowed)) onChange(typed as Value);
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
