import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Modal } from './Modal.tsx';

const forbidden = /[/\\:*?"<>|\u0000-\u001f]/;

/** The browser host's Save As: a file name in the workspace folder. */
export function SaveAsDialog({ suggestedName, resolve }: { suggestedName: string; resolve(name: string | null): void }) {
  const t = useT();
  const [name, setName] = useState(suggestedName);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const submit = () => {
    const trimmed = name.trim().replace(/\.tamhil$/i, '');
    if (!trimmed || forbidden.test(trimmed) || trimmed.startsWith('.')) {
      setInvalid(true);
      return;
    }
    resolve(trimmed);
  };
  return (
    <Modal title={t('save.title')} onCancel={() => resolve(null)}>
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
          {t('save.fileNameHint')}
        </p>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('save.invalidName')}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          <button type="button" onClick={() => resolve(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
