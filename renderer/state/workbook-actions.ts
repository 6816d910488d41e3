import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { base64ToBytes } from '@shared/format/base64.ts';
import { spreadsheetReadMessage } from '@shared/xlsx/spreadsheet-read-message.ts';
import { workbookImportFailureMessage } from '@shared/xlsx/import-failure-message.ts';
import { workbookProblemMessage } from '@shared/xlsx/workbook-problem.ts';
import { servicesCsv } from '@shared/xlsx/services-csv.ts';
import type { WorkbookProgress } from '@shared/xlsx/workbook-progress.ts';
import { spreadsheetSizeLimit } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import type { ChosenFile, LocalFile } from '../host/local-files.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { runInWorker, WorkbookJobCancelled, type WorkbookJob } from '../workbook/run-in-worker.ts';
import { chooseExportTarget, writeExport } from './export-file.ts';
import { usePlanStore } from './plan-store.ts';
import { askForSpreadsheet } from './prompts.ts';
import { useUiStore, type SpreadsheetPurpose } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);
const language = () => useLanguage.getState().language;

let busy = false;

/** One spreadsheet action at a time; any failure becomes a message, a cancel says so quietly. */
async function exclusive(action: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    await action();
  } catch (error) {
    if (error instanceof WorkbookJobCancelled) notify('info', t('workbook.cancelled'));
    else notify('error', t('action.failed', { detail: (error as Error).message }));
  } finally {
    busy = false;
    if (useUiStore.getState().prompt?.kind === 'workbook-progress') useUiStore.getState().setPrompt(null);
  }
}

/** Waits for a job in the spreadsheet worker behind a progress dialog the user can cancel; a job already done shows none. */
async function withProgress<Result>(title: string, job: WorkbookJob<Result>): Promise<Result> {
  if (!job.settled) {
    const show = (progress: WorkbookProgress | null) => useUiStore.getState().setPrompt({ kind: 'workbook-progress', title, progress, cancel: job.cancel });
    show(job.progress);
    job.onProgress = show;
  }
  return job.result;
}

export const exportWorkbook = () =>
  exclusive(async () => {
    const document = usePlanStore.getState().document;
    if (!document) return;
    // Written while the user chooses where to save it: by the time they have, it is usually ready.
    const job = runInWorker({ kind: 'export-workbook', plan: evaluatePlan(document.plan).plan, language: language() });
    const target = await chooseExportTarget('workbook').catch((error: unknown) => {
      job.cancel();
      throw error;
    });
    if (!target) {
      job.cancel();
      return;
    }
    const bytes = await withProgress(t('workbook.exporting'), job);
    useUiStore.getState().setPrompt(null);
    await writeExport(target, bytes, 'workbook', 'workbook.exportedWorkbook');
  });

export const exportServicesCsv = () =>
  exclusive(async () => {
    const document = usePlanStore.getState().document;
    if (!document) return;
    const target = await chooseExportTarget('csv');
    if (!target) return;
    await writeExport(target, new TextEncoder().encode(servicesCsv(evaluatePlan(document.plan).plan, language())), 'csv');
  });

async function chooseSpreadsheet(purpose: SpreadsheetPurpose): Promise<ChosenFile | null> {
  if (!useUiStore.getState().info?.nativeDialogs) return askForSpreadsheet(purpose);
  const { path } = await host['dialog:choose-open']({ kind: 'spreadsheet' });
  return path ? { path } : null;
}

/** A spreadsheet from this computer, refused by size before it is read, as the host refuses one from disk. */
async function readLocal({ file }: LocalFile): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (file.size > spreadsheetSizeLimit) {
    notify('error', t('workbook.readFailed', { name: file.name, reason: spreadsheetReadMessage({ code: 'too-large', size: file.size, limit: spreadsheetSizeLimit }, language()) }));
    return null;
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function readChosen(chosen: ChosenFile): Promise<{ name: string; bytes: Uint8Array } | null> {
  if ('local' in chosen) return readLocal(chosen.local);
  const read = await host['spreadsheet:read']({ path: chosen.path });
  if (!read.ok) {
    notify('error', t('workbook.readFailed', { name: read.name, reason: spreadsheetReadMessage(read.error, language()) }));
    return null;
  }
  return { name: read.name, bytes: base64ToBytes(read.data) };
}

/** Reads a planning workbook back: from a dialog, or a file dropped on the window. */
export const importWorkbook = (dropped?: LocalFile) =>
  exclusive(async () => {
    const chosen = dropped ? { local: dropped } : await chooseSpreadsheet('import-workbook');
    if (!chosen) return;
    const file = await readChosen(chosen);
    if (!file) return;
    const result = await withProgress(
      t('workbook.importing', { name: file.name }),
      runInWorker({
        kind: 'import-workbook',
        bytes: file.bytes,
        openPlan: usePlanStore.getState().document?.plan ?? null,
        language: language(),
        newPlanId: crypto.randomUUID(),
      }),
    );
    if (!result.ok) {
      useUiStore.getState().setPrompt(null);
      notify('error', t('workbook.importFailed', { name: file.name, reason: workbookImportFailureMessage(result.failure, language()) }));
      return;
    }
    useUiStore.getState().setPrompt({ kind: 'import-preview', fileName: file.name, result });
  });

/** Reads the tables of a workbook or CSV someone else made, then shows the dialog that maps them. */
const importTable = (purpose: 'import-services' | 'import-population' | 'import-survey' | 'import-activities', dropped?: LocalFile) =>
  exclusive(async () => {
    if (!usePlanStore.getState().document) return;
    const chosen = dropped ? { local: dropped } : await chooseSpreadsheet(purpose);
    if (!chosen) return;
    const file = await readChosen(chosen);
    if (!file) return;
    const source = await withProgress(t('workbook.reading', { name: file.name }), runInWorker({ kind: 'read-table', bytes: file.bytes, fileName: file.name }));
    if (!source.ok) {
      useUiStore.getState().setPrompt(null);
      notify('error', t('workbook.importFailed', { name: file.name, reason: workbookProblemMessage(source.failure, language()) }));
      return;
    }
    useUiStore.getState().setPrompt({ kind: purpose, fileName: file.name, sheets: source.sheets });
  });

export const importServices = (dropped?: LocalFile) => importTable('import-services', dropped);
export const importPopulation = (dropped?: LocalFile) => importTable('import-population', dropped);
export const importSurvey = (dropped?: LocalFile) => importTable('import-survey', dropped);
export const importActivities = (dropped?: LocalFile) => importTable('import-activities', dropped);
