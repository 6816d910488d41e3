import { useT } from '../i18n/i18n.ts';

/** The columns of an activities table: the log itself and an import's preview show the same. */
export function ActivityTableHead() {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('participation.log.date')}</th>
        <th scope="col">{t('participation.log.kind')}</th>
        <th scope="col">{t('participation.log.titleColumn')}</th>
        <th scope="col">{t('participation.log.attended')}</th>
        <th scope="col">{t('participation.log.findings')}</th>
      </tr>
    </thead>
  );
}
