import { useT } from '../i18n/i18n.ts';

/** A figure the plan does not give: a dash on screen, words for a screen reader. */
export function NoFigure() {
  const t = useT();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('cluster.unknown')}</span>
    </>
  );
}
