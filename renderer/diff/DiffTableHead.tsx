import { useT } from '../i18n/i18n.ts';

/** The columns every side-by-side table of differences shares: the item, before, after, and the difference. */
export function DiffTableHead({ beforeLabel, afterLabel }: { beforeLabel: string; afterLabel: string }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('diff.item')}</th>
        <th scope="col">{beforeLabel}</th>
        <th scope="col">{afterLabel}</th>
        <th scope="col">{t('diff.difference')}</th>
      </tr>
    </thead>
  );
}
