import { useEffect, useState } from 'react';

type CellNumberInputProps = {
  /** For a visible <label htmlFor>, when the input stands in a form rather than a table. */
  id?: string;
  /** The accessible name: a table cell's input names its row and column ("65-74, 2027"). */
  label: string;
  value: number | null;
  format(value: number): string;
  parse(text: string): number | null;
  /** A message naming what is wrong (null: what was typed is not a number), or null when the number is acceptable. */
  validate(value: number | null): string | null;
  onChange(value: number | null): void;
};

/**
 * A number inside a table: what was typed stays while it is wrong (marked, with the reason as
 * its description), and the plan keeps its last good value; an emptied cell clears the value.
 */
export function CellNumberInput({ id, label, value, format, parse, validate, onChange }: CellNumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parse(draft);
  const problem = draft === null || draft.trim() === '' ? null : validate(parsed);
  useEffect(() => {
    // The plan changed under the cell (undo, a forecast): show the plan's value again.
    if (draft !== null && problem === null && (draft.trim() === '' ? value !== null : parsed !== value)) setDraft(null);
  }, [value, draft, parsed, problem]);
  return (
    <input
      id={id}
      className="cell-input"
      aria-label={label}
      inputMode="decimal"
      dir="ltr"
      value={draft ?? (value === null ? '' : format(value))}
      aria-invalid={problem !== null}
      title={problem ?? undefined}
      data-local-undo={problem !== null}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (text.trim() === '') {
          if (value !== null) onChange(null);
          return;
        }
        const next = parse(text);
        if (next !== null && validate(next) === null && next !== value) onChange(next);
      }}
      onBlur={() => {
        if (problem === null) setDraft(null);
      }}
    />
  );
}
