import { localeOf } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** An activity's date as the date fields show it (day, month, year), or that it has none. */
export function ActivityDateText({ date }: { date: string | null }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  if (!date) return <>{t('participation.log.noDate')}</>;
  return <>{new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(`${date}T00:00:00`))}</>;
}
