import { useState } from 'react';
import type { RecoveryEntry } from '@shared/host-api.ts';
import { localeOf } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { dropRecovery, restoreRecovery } from '../state/file-actions.ts';
import { Modal } from './Modal.tsx';

/** Offered at start when a previous session left unsaved work behind. */
export function RecoveryDialog({ entries, onClose }: { entries: RecoveryEntry[]; onClose(): void }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [left, setLeft] = useState(entries);
  const timeFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  const nameOf = (entry: RecoveryEntry) =>
    [entry.plan.details.authority, entry.plan.details.year].filter(Boolean).join(' ') || t('doc.untitled');
  const remove = (entry: RecoveryEntry) => {
    const rest = left.filter((other) => other.key !== entry.key);
    setLeft(rest);
    if (rest.length === 0) onClose();
  };
  return (
    <Modal title={t('recovery.title')} onCancel={onClose}>
      <p>{t('recovery.body')}</p>
      <ul className="recovery-list">
        {left.map((entry) => (
          <li key={entry.key}>
            <span>{t('recovery.entry', { name: nameOf(entry), time: timeFormat.format(new Date(entry.savedAt)) })}</span>
            <span className="row-actions">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  onClose();
                  void restoreRecovery(entry);
                }}
              >
                {t('recovery.restore', { name: nameOf(entry) })}
              </button>
              <button
                type="button"
                onClick={() => {
                  void dropRecovery(entry);
                  remove(entry);
                }}
              >
                {t('recovery.discard', { name: nameOf(entry) })}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
