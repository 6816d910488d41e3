import type { Plan } from '@shared/model/plan-schema.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import type { TableSource } from '@shared/xlsx/table-source.ts';
import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';

/** The spreadsheet work done away from the window, so a large or hostile file cannot freeze or crash it. */
export type WorkerRequest =
  | { kind: 'export-workbook'; plan: Plan; language: Language }
  | { kind: 'import-workbook'; bytes: Uint8Array; openPlan: Plan | null; language: Language; newPlanId: string }
  | { kind: 'read-table'; bytes: Uint8Array; fileName: string };

export type WorkerResults = {
  'export-workbook': Uint8Array;
  'import-workbook': WorkbookImport;
  'read-table': TableSource;
};

export type WorkerResponse =
  | { kind: 'progress'; progress: WorkbookProgress }
  | { kind: 'done'; result: WorkerResults[WorkerRequest['kind']] }
  | { kind: 'failed'; message: string };
