import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField, DateInput as AriaDateInput, DateSegment, FieldError, I18nProvider, Label } from 'react-aria-components';
import { localeOf } from '@shared/format/number-format.ts';
import { useLanguage } from '../../i18n/i18n.ts';

type DateInputProps = {
  label: string;
  /** The visible label, or only an accessible name where a table's header already says it. */
  hideLabel?: boolean;
  /** An ISO date (YYYY-MM-DD), or null for none. */
  value: string | null;
  onChange(value: string | null): void;
  invalid?: boolean;
  describedBy?: string;
};

function calendarDate(value: string | null): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A date typed and read in Israel's order, day / month / year, in Hebrew as in English (the
 * browser's own date field follows the browser's locale, which showed 10 February as 02/10).
 * Each part is a spin button with its own name, so it works from the keyboard and reads aloud;
 * it lays out right to left with the page and stores ISO dates.
 */
export function DateInput({ label, hideLabel = false, value, onChange, invalid = false, describedBy }: DateInputProps) {
  const language = useLanguage((state) => state.language);
  return (
    <I18nProvider locale={localeOf(language)}>
      <DateField
        className="date-field"
        value={calendarDate(value)}
        onChange={(date) => onChange(date ? date.toString() : null)}
        isInvalid={invalid}
        shouldForceLeadingZeros
        aria-describedby={describedBy}
        {...(hideLabel ? { 'aria-label': label } : {})}
      >
        {!hideLabel && <Label className="date-label">{label}</Label>}
        <AriaDateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</AriaDateInput>
        <FieldError />
      </DateField>
    </I18nProvider>
  );
}
