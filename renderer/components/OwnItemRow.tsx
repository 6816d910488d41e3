import { useEffect, useId, useState } from 'react';
import { editOwnItem, setItemMarked } from '@shared/commands/plan-commands.ts';
import type { OwnStationItem } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

type OwnItemRowProps = { station: StationId; item: OwnStationItem; marked: boolean; onRemove(): void };

/** The team's own item: marked like the guide's, and its text edited in place (never emptied). */
export function OwnItemRow({ station, item, marked, onRemove }: OwnItemRowProps) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const [draft, setDraft] = useState<string | null>(null);
  const emptied = draft !== null && draft.trim() === '';
  const errorId = useId();
  const draftMatchesPlan = draft === null || emptied || draft.trim() === item.text;
  useEffect(() => {
    // The plan changed under the field (undo, redo): show the plan's text again.
    if (!draftMatchesPlan) setDraft(null);
  }, [draftMatchesPlan]);
  return (
    <li className="item own">
      <input
        type="checkbox"
        aria-label={item.text}
        checked={marked}
        onChange={(event) => perform(setItemMarked, { station, itemId: item.id, marked: event.target.checked })}
      />
      <div className="own-text">
        <textarea
          dir="auto"
          rows={1}
          maxLength={500}
          aria-label={t('station.editOwn', { text: item.text })}
          aria-invalid={emptied}
          aria-describedby={emptied ? errorId : undefined}
          data-local-undo={emptied}
          value={draft ?? item.text}
          onChange={(event) => {
            setDraft(event.target.value);
            const text = event.target.value.trim();
            if (text && text !== item.text) perform(editOwnItem, { station, id: item.id, text });
          }}
          onBlur={() => {
            if (!emptied) setDraft(null);
          }}
        />
        {emptied && (
          <p id={errorId} className="field-error" role="alert">
            {t('station.ownEmpty')}
          </p>
        )}
      </div>
      <span className="own-badge">{t('station.ownBadge')}</span>
      <button type="button" className="icon-button" aria-label={t('station.removeOwn', { text: item.text })} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
