import type { FileEntry } from '@shared/host-api.ts';
import type { ChosenFile } from '../../host/local-files.ts';
import type { SpreadsheetPurpose } from '../../state/ui-store.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { ChooseFileDialog } from '../ChooseFileDialog.tsx';

const titles: Record<SpreadsheetPurpose, MessageKey> = {
  'import-workbook': 'workbook.chooseWorkbook',
  'import-services': 'workbook.chooseTable',
  'import-population': 'workbook.choosePopulation',
  'import-survey': 'workbook.chooseSurvey',
  'import-activities': 'participation.import.choose',
};

const isWorkbook = (entry: FileEntry) => entry.path.toLowerCase().endsWith('.xlsx');

/** The browser host's Open for spreadsheets: the workbooks (and for a table, CSV files too) of the workspace folder. */
export function ChooseSpreadsheetDialog({ purpose, resolve }: { purpose: SpreadsheetPurpose; resolve(chosen: ChosenFile | null): void }) {
  const workbookOnly = purpose === 'import-workbook';
  return (
    <ChooseFileDialog
      fileKind="spreadsheet"
      title={titles[purpose]}
      empty={workbookOnly ? 'workbook.noWorkbooks' : 'workbook.noTables'}
      accept={workbookOnly ? isWorkbook : undefined}
      resolve={resolve}
    />
  );
}
