import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';
import { useT } from '../../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { Modal } from '../Modal.tsx';

const phaseKeys: Record<WorkbookProgress['phase'], MessageKey> = {
  checking: 'workbook.phase.checking',
  reading: 'workbook.phase.reading',
  writing: 'workbook.phase.writing',
  packing: 'workbook.phase.packing',
};

/** A long export or import: what it is doing, how far, and a way out that stops it at once. */
export function WorkbookProgressDialog({ title, progress, cancel }: { title: string; progress: WorkbookProgress | null; cancel(): void }) {
  const t = useT();
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : null;
  const phase = progress ? t(phaseKeys[progress.phase]) : t('workbook.phase.starting');
  return (
    <Modal title={title} onCancel={cancel}>
      <p aria-live="polite">{phase}</p>
      <progress aria-label={phase} max={1} value={fraction ?? undefined} />
      <div className="modal-actions">
        <button type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
