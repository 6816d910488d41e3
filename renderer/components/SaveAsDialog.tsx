import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { fileKinds, type SaveKind } from '@shared/host-api.ts';
import type { SaveAnswer } from '../state/ui-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from './Modal.tsx';

const forbidden = /[/\\:*?"<>|\u0000-\u001f]/;
const titles: Record<SaveKind, MessageKey> = { plan: 'save.title', workbook: 'save.titleWorkbook', csv: 'save.titleCsv', png: 'save.titlePng', svg: 'save.titleSvg', key: 'save.titleKey' };

type SaveAsProps = { suggestedName: string; fileKind: SaveKind; preferred: SaveAnswer['where']; resolve(answer: SaveAnswer | null): void };

/**
 * The browser host's Save As, for a plan or an export: a file name, then where it goes, the
 * preferred place first (Enter): the workspace folder for a plan that lives there, this computer
 * for an export or a plan that came from the computer. Both are always offered.
 */
export function SaveAsDialog({ suggestedName, fileKind, preferred, resolve }: SaveAsProps) {
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
  const labels: Record<SaveAnswer['where'], string> = { workspace: t('save.toWorkspace'), computer: t('save.toComputer') };
  const second: SaveAnswer['where'] = preferred === 'workspace' ? 'computer' : 'workspace';
  return (
    <Modal title={t(titles[fileKind])} onCancel={() => resolve(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(preferred);
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
            {labels[preferred]}
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
