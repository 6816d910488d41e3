import { bytesToBase64 } from '@shared/format/base64.ts';
import { fileSystemProblem } from '@shared/model/file-system-problem.ts';
import { fileKinds, type ExportKind } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { suggestedName } from './file-actions.ts';
import { askForFileName, askToConfirm } from './prompts.ts';
import { useUiStore } from './ui-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);

/** Where to write an export: the system dialog on the desktop, a name in the workspace in the browser. */
export async function chooseExportPath(kind: ExportKind, name = suggestedName()): Promise<{ path: string; confirmed: boolean } | null> {
  if (useUiStore.getState().info?.nativeDialogs) {
    const { path } = await host['dialog:choose-save']({ suggestedName: name, kind });
    // The system dialog already asked before replacing an existing file.
    return path ? { path, confirmed: true } : null;
  }
  const chosen = await askForFileName(name, kind);
  return chosen ? { path: `${chosen}${fileKinds[kind][0]}`, confirmed: false } : null;
}

/** Writes an export whole, asking before replacing a file the user did not already agree to replace. */
export async function writeExport(path: string, bytes: Uint8Array, confirmed: boolean, savedMessage: MessageKey = 'workbook.exported'): Promise<void> {
  const data = bytesToBase64(bytes);
  let result = await host['export:write']({ path, data, overwrite: confirmed });
  if (!result.ok && result.reason === 'exists') {
    const name = path.split(/[/\\]/).pop() ?? path;
    if (!(await askToConfirm(t('workbook.existsTitle'), t('workbook.existsBody', { name }), t('workbook.replace')))) return;
    result = await host['export:write']({ path, data, overwrite: true });
  }
  if (result.ok) notify('info', t(savedMessage, { name: result.name }));
  else if (result.reason === 'io') notify('error', t('workbook.writeFailed', { detail: fileSystemProblem(result.errno, useLanguage.getState().language) }));
}
