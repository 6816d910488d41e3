import type { StationSection } from '@shared/stations/station-sections.ts';
import { useT } from '../i18n/i18n.ts';

export const sectionAnchor = (id: StationSection['id']) => `section-${id}`;

/** Brings a part of the page into view and gives it the focus, for keyboard and screen-reader users too. */
export function goTo(anchor: string): void {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  const heading = target.querySelector<HTMLElement>('h1, h2, h3, label') ?? target;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** A long station's table of contents: each part with what it holds, one click away. */
export function StationContents({ sections }: { sections: StationSection[] }) {
  const t = useT();
  const detail = (section: StationSection) =>
    section.of !== null ? t('toc.marked', { count: section.count ?? 0, of: section.of }) : section.count !== null ? t('toc.count', { count: section.count }) : section.filled ? '' : t('toc.empty');
  return (
    <nav className="station-contents" aria-label={t('toc.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button type="button" className={section.filled ? 'toc-filled' : 'toc-empty'} onClick={() => goTo(sectionAnchor(section.id))}>
              <span>{t(`toc.${section.id}`)}</span>
              {detail(section) && <span className="toc-count">{detail(section)}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Back to the top of the page from deep inside a long station. */
export function BackToTop() {
  const t = useT();
  return (
    <p className="back-to-top">
      <button type="button" onClick={() => goTo('station-top')}>
        {t('toc.backToTop')}
      </button>
    </p>
  );
}
