import type { LocalFile } from '../host/local-files.ts';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { importPopulation, importServices, importSurvey, importWorkbook } from '../state/workbook-actions.ts';
import { Modal } from './Modal.tsx';

type Choice = { label: MessageKey; run(local: LocalFile): unknown; workbookOnly: boolean; needsPlan: boolean };

const choices: Choice[] = [
  { label: 'workbook.chooseWorkbook', run: importWorkbook, workbookOnly: true, needsPlan: false },
  { label: 'workbook.chooseTable', run: importServices, workbookOnly: false, needsPlan: true },
  { label: 'workbook.choosePopulation', run: importPopulation, workbookOnly: false, needsPlan: true },
  { label: 'workbook.chooseSurvey', run: importSurvey, workbookOnly: false, needsPlan: true },
];

/** A spreadsheet dropped on the window can be any of four things; the user says which. */
export function DroppedSpreadsheetDialog({ local }: { local: LocalFile }) {
  const t = useT();
  const hasPlan = usePlanStore((state) => state.document !== null);
  const isWorkbook = local.file.name.toLowerCase().endsWith('.xlsx');
  const close = () => useUiStore.getState().setPrompt(null);
  const offered = choices.filter((choice) => (isWorkbook || !choice.workbookOnly) && (hasPlan || !choice.needsPlan));
  return (
    <Modal title={t('files.dropSpreadsheetTitle', { name: local.file.name })} onCancel={close}>
      {!hasPlan && <p className="hint">{t('files.dropNeedsPlan')}</p>}
      <div className="modal-actions modal-choices">
        {offered.map((choice) => (
          <button
            key={choice.label}
            type="button"
            onClick={() => {
              close();
              void choice.run(local);
            }}
          >
            {t(choice.label)}
          </button>
        ))}
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
