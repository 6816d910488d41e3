import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { fileKinds, type SaveKind } from '@shared/host-api.ts';
import type { SaveAnswer } from '../state/ui-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from './Modal.tsx';

const forbidden = /[/\\:*?"<>|\u0000-\u001f]/;
const titles: Record<SaveKind, MessageKey> = { plan: 'save.title', workbook: 'save.titleWorkbook', csv: 'save.titleCsv', png: 'save.titlePng', svg: 'save.titleSvg', key: 'save.titleKey' };

/**
 * The browser host's Save As, for a plan or an export: a file name, then where it goes. A plan
 * is saved in the workspace folder first (where the recent plans and the cluster folder are);
 * an export goes to this computer first, as a web app's downloads do. Both offer the other.
 */
export function SaveAsDialog({ suggestedName, fileKind, resolve }: { suggestedName: string; fileKind: SaveKind; resolve(answer: SaveAnswer | null): void }) {
  const t = useT();
  const workspace = useUiStore((state) => state.info?.workspace ?? null);
  const [name, setName] = useState(suggestedName);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const extension = fileKinds[fileKind][0];
  const submit = (where: SaveAnswer['where']) => {
    const trimmed = name.trim().replace(new RegExp(`\\${extension}$`, 'i'), '');
    if (!trimmed || forbidden.test(trimmed) || trimmed.startsWith('.')) {
      setInvalid(true);
      return;
    }
    resolve({ name: trimmed, where });
  };
  const first: SaveAnswer['where'] = fileKind === 'plan' ? 'workspace' : 'computer';
  const labels: Record<SaveAnswer['where'], string> = {
    workspace: fileKind === 'plan' ? t('common.save') : t('save.toWorkspace'),
    computer: t('save.toComputer'),
  };
  const second: SaveAnswer['where'] = first === 'workspace' ? 'computer' : 'workspace';
  return (
    <Modal title={t(titles[fileKind])} onCancel={() => resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(first);
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
          {t('save.fileNameHint', { extension })}
          {workspace && (
            <>
              {' '}
              {t('files.workspaceFolder')} <bdi dir="ltr">{workspace}</bdi>
            </>
          )}
        </p>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('save.invalidName')}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary">
            {labels[first]}
          </button>
          <button type="button" onClick={() => submit(second)}>
            {labels[second]}
          </button>
          <button type="button" onClick={() => resolve(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
