import { useId, useState } from 'react';
import { addOwnItem, removeOwnItem, setItemMarked } from '@shared/commands/plan-commands.ts';
import type { StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import type { StationCategory, StationItem } from '@shared/stations/station-content.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { OwnItemRow } from './OwnItemRow.tsx';

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
  const markedCount = [...items, ...own].filter((item) => work.marked.includes(item.id)).length;
  const categoryName = t(`category.${category}`);
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    perform(addOwnItem, { station, category, id: `own-${crypto.randomUUID().slice(0, 8)}`, text });
    setDraft('');
  };
  return (
    <section className={`card category category-${category}`} aria-labelledby={headingId}>
      <div className="category-header">
        <h2 id={headingId}>{categoryName}</h2>
        <p className="count">{t('station.marked', { marked: markedCount, total: items.length + own.length })}</p>
      </div>
      <ul className="items">
        {items.map((item) => {
          const checkboxId = `${station}-${item.id}`;
          return (
            <li key={item.id} className="item">
              <input
                type="checkbox"
                id={checkboxId}
                checked={work.marked.includes(item.id)}
                onChange={(event) => perform(setItemMarked, { station, itemId: item.id, marked: event.target.checked })}
              />
              <label htmlFor={checkboxId}>{localized(item.text)}</label>
            </li>
          );
        })}
        {own.map((item) => (
          <OwnItemRow
            key={item.id}
            station={station}
            item={item}
            marked={work.marked.includes(item.id)}
            onRemove={() => perform(removeOwnItem, { station, id: item.id })}
          />
        ))}
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
        <input
          id={inputId}
          dir="auto"
          maxLength={500}
          value={draft}
          placeholder={t('station.ownPlaceholder')}
          data-local-undo="true"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          {t('station.addOwnButton')}
        </button>
      </form>
    </section>
  );
}
