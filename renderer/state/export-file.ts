import { bytesToBase64 } from '@shared/format/base64.ts';
import { fileSystemProblem } from '@shared/model/file-system-problem.ts';
import { fileKinds, type ExportKind } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { chooseLocalSaveTarget, saveToLocalTarget, type LocalSaveTarget } from '../host/local-files.ts';
import { localFileProblem } from '../host/local-file-problem.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { suggestedName } from './file-actions.ts';
import { askForFileName, askToConfirm } from './prompts.ts';
import { useUiStore } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);

/** Where an export goes: a path the host writes (the desktop's dialog, the workspace), or this computer through the browser. */
export type ExportTarget = { kind: 'host'; path: string; confirmed: boolean } | LocalSaveTarget;

const descriptions: Record<ExportKind, MessageKey> = {
  workbook: 'files.workbookDescription',
  csv: 'files.csvDescription',
  png: 'files.pictureDescription',
  svg: 'files.pictureDescription',
  key: 'files.keyDescription',
};

/**
 * Where to write an export: the system dialog on the desktop; in the browser, a name and then
 * this computer (a place picked, or the downloads) or the workspace folder.
 */
export async function chooseExportTarget(kind: ExportKind, name = suggestedName()): Promise<ExportTarget | null> {
  if (useUiStore.getState().info?.nativeDialogs) {
    const { path } = await host['dialog:choose-save']({ suggestedName: name, kind });
    // The system dialog already asked before replacing an existing file.
    return path ? { kind: 'host', path, confirmed: true } : null;
  }
  const answer = await askForFileName(name, kind, 'computer');
  if (!answer) return null;
  const fileName = `${answer.name}${fileKinds[kind][0]}`;
  if (answer.where === 'workspace') return { kind: 'host', path: fileName, confirmed: false };
  return chooseLocalSaveTarget(fileName, kind, t(descriptions[kind]));
}

async function writeThroughHost(path: string, bytes: Uint8Array, confirmed: boolean): Promise<string | null> {
  const data = bytesToBase64(bytes);
  let result = await host['export:write']({ path, data, overwrite: confirmed });
  if (!result.ok && result.reason === 'exists') {
    const name = path.split(/[/\\]/).pop() ?? path;
    if (!(await askToConfirm(t('workbook.existsTitle'), t('workbook.existsBody', { name }), t('workbook.replace')))) return null;
    result = await host['export:write']({ path, data, overwrite: true });
  }
  if (result.ok) return result.name;
  if (result.reason === 'io') notify('error', t('workbook.writeFailed', { detail: fileSystemProblem(result.errno, useLanguage.getState().language) }));
  return null;
}

/** Writes an export whole, then says which file it is and where it went. */
export async function writeExport(target: ExportTarget, bytes: Uint8Array, kind: ExportKind, savedMessage: MessageKey = 'workbook.exported'): Promise<void> {
  if (target.kind === 'host') {
    const name = await writeThroughHost(target.path, bytes, target.confirmed);
    const inWorkspace = !useUiStore.getState().info?.nativeDialogs;
    if (name) notify('info', inWorkspace ? `${t(savedMessage, { name })} ${t('files.inWorkspace')}` : t(savedMessage, { name }));
    return;
  }
  try {
    await saveToLocalTarget(target, bytes, kind);
  } catch (error) {
    notify('error', t('files.downloadRefused', { name: target.name, detail: t(localFileProblem(error)) }));
    return;
  }
  notify('info', `${t(savedMessage, { name: target.name })} ${t(target.kind === 'handle' ? 'files.inChosenPlace' : 'files.inDownloads')}`);
}
