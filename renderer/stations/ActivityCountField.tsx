import { useEffect, useId, useState } from 'react';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { maximumCount } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

type ActivityCountFieldProps = { label: string; value: number | null; onChange(value: number | null): void };

/**
 * A number of people who came, or empty when it is not known (which is not the same as none).
 * A wrong entry stays in the field with a message; the plan keeps its last good value.
 */
export function ActivityCountField({ label, value, onChange }: ActivityCountFieldProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const id = useId();
  const messageId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const read = (text: string): { ok: true; count: number | null } | { ok: false } => {
    if (text.trim() === '') return { ok: true, count: null };
    const count = parseTypedNumber(text);
    return count !== null && Number.isInteger(count) && count >= 0 && count <= maximumCount ? { ok: true, count } : { ok: false };
  };
  const parsed = draft === null ? null : read(draft);
  const problem = parsed !== null && !parsed.ok;
  useEffect(() => {
    // The plan changed under the field (undo): show the plan's value again.
    if (draft !== null && parsed?.ok && parsed.count !== value) setDraft(null);
  }, [value, draft, parsed]);
  return (
    <div className="field activity-count">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        dir="ltr"
        value={draft ?? (value === null ? '' : formatNumber(value, language))}
        aria-invalid={problem}
        data-local-undo={problem}
        aria-describedby={problem ? messageId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = read(text);
          if (next.ok && next.count !== value) onChange(next.count);
        }}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
      {problem && (
        <p id={messageId} className="field-error" role="alert">
          {t('participation.attendance.notACount')}
        </p>
      )}
    </div>
  );
}
