import { useId, useState } from 'react';
import { addOwnItem, removeOwnItem, setItemMarked } from '@shared/commands/plan-commands.ts';
import type { StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import type { StationCategory, StationItem } from '@shared/stations/station-content.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

type SectionProps = { station: StationId; category: StationCategory; items: StationItem[]; work: StationWork };

/** One of the guide's categories (or its questions): items to mark, and the team's own items. */
export function StationCategorySection({ station, category, items, work }: SectionProps) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const [draft, setDraft] = useState('');
  const headingId = useId();
  const inputId = useId();
  const own = work.ownItems.filter((item) => item.category === category);
  const all = [...items.map((item) => ({ id: item.id, text: localized(item.text), own: false })), ...own.map((item) => ({ ...item, own: true }))];
  const markedCount = all.filter((item) => work.marked.includes(item.id)).length;
  const categoryName = t(`category.${category}`);
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    perform(addOwnItem, { station, category, id: `own-${crypto.randomUUID().slice(0, 8)}`, text });
    setDraft('');
  };
  return (
    <section className={`card category category-${category}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {categoryName}
        <span className="count">{t('station.marked', { marked: markedCount, total: all.length })}</span>
      </h2>
      <ul className="items">
        {all.map((item) => {
          const checkboxId = `${station}-${item.id}`;
          return (
            <li key={item.id} className={item.own ? 'item own' : 'item'}>
              <input
                type="checkbox"
                id={checkboxId}
                checked={work.marked.includes(item.id)}
                onChange={(event) => perform(setItemMarked, { station, itemId: item.id, marked: event.target.checked })}
              />
              <label htmlFor={checkboxId}>{item.text}</label>
              {item.own && (
                <>
                  <span className="own-badge">{t('station.ownBadge')}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('station.removeOwn', { text: item.text })}
                    onClick={() => perform(removeOwnItem, { station, id: item.id })}
                  >
                    ×
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <form
        className="add-own"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          {t('station.addOwn', { category: categoryName })}
        </label>
        <input id={inputId} dir="auto" value={draft} placeholder={t('station.ownPlaceholder')} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" disabled={!draft.trim()}>
          {t('station.addOwnButton')}
        </button>
      </form>
    </section>
  );
}
