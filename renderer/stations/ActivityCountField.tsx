import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { maximumCount } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { NumberField } from '../components/fields/NumberField.tsx';

type ActivityCountFieldProps = { label: string; value: number | null; onChange(value: number | null): void };

/** A number of people who came, or empty when it is not known (which is not the same as none). */
export function ActivityCountField({ label, value, onChange }: ActivityCountFieldProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const isCount = (count: number | null) => count !== null && Number.isInteger(count) && count >= 0 && count <= maximumCount;
  return (
    <div className="activity-count">
      <NumberField
        label={label}
        value={value}
        format={(count) => formatNumber(count, language)}
        parse={(text) => parseTypedNumber(text)}
        validate={(count) => (isCount(count) ? null : t('participation.attendance.notACount'))}
        onChange={onChange}
        unknownAllowed
      />
    </div>
  );
}
