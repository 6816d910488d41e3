import { useId } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Modal } from './Modal.tsx';

type ConfirmDialogProps = { title: string; body: string; confirmLabel: string; resolve(confirmed: boolean): void };

export function ConfirmDialog({ title, body, confirmLabel, resolve }: ConfirmDialogProps) {
  const t = useT();
  const bodyId = useId();
  return (
    <Modal title={title} onCancel={() => resolve(false)} describedBy={bodyId}>
      <p id={bodyId}>{body}</p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => resolve(true)}>
          {confirmLabel}
        </button>
        <button type="button" onClick={() => resolve(false)} data-autofocus>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
