import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { fileKinds, type SaveKind } from '@shared/host-api.ts';
import { Modal } from './Modal.tsx';

const forbidden = /[/\\:*?"<>|\u0000-\u001f]/;
const titles: Record<SaveKind, MessageKey> = { plan: 'save.title', workbook: 'save.titleWorkbook', csv: 'save.titleCsv', png: 'save.titlePng', svg: 'save.titleSvg', key: 'save.titleKey' };

/** The browser host's Save As: a file name in the workspace folder (for a plan, or an exported workbook or CSV). */
export function SaveAsDialog({ suggestedName, fileKind, resolve }: { suggestedName: string; fileKind: SaveKind; resolve(name: string | null): void }) {
  const t = useT();
  const [name, setName] = useState(suggestedName);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const submit = () => {
    const extension = fileKinds[fileKind][0];
    const trimmed = name.trim().replace(new RegExp(`\\${extension}$`, 'i'), '');
    if (!trimmed || forbidden.test(trimmed) || trimmed.startsWith('.')) {
      setInvalid(true);
      return;
    }
    resolve(trimmed);
  };
  return (
    <Modal title={t(titles[fileKind])} onCancel={() => resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={inputId}>{t('save.fileName')}</label>
        <input
          id={inputId}
          value={name}
          autoFocus
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => {
            setName(event.target.value);
            setInvalid(false);
          }}
        />
        <p id={hintId} className="hint">
          {t('save.fileNameHint', { extension: fileKinds[fileKind][0] })}
        </p>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('save.invalidName')}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary">
            {fileKind === 'plan' ? t('common.save') : t('save.export')}
          </button>
          <button type="button" onClick={() => resolve(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
