import { useId } from 'react';

type TextFieldProps = { label: string; value: string; onChange(value: string): void; multiline?: boolean };

export function TextField({ label, value, onChange, multiline = false }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} dir="auto" maxLength={20_000} value={value} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} dir="auto" maxLength={500} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
