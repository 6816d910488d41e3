import { useId } from 'react';

type TextFieldProps = { label: string; value: string; onChange(value: string): void; multiline?: boolean; wide?: boolean };

/** A labelled text field; `wide` takes two columns of a form's grid, for texts that run long (a name, a source). */
export function TextField({ label, value, onChange, multiline = false, wide = false }: TextFieldProps) {
  const id = useId();
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} dir="auto" maxLength={20_000} value={value} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        // The whole text on hover, for a value longer than the box.
        <input id={id} dir="auto" maxLength={500} value={value} title={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
