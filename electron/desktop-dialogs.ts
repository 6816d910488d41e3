import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { translate } from '@shared/i18n/translate.ts';
import type { Language } from '@shared/model/localized-text.ts';
import type { Dialogs } from './host/create-host.ts';
import { dialogFilters, withExtension } from './host/dialog-filters.ts';

/** The system's own file dialogs and the signing question, over the app's window. */
export function desktopDialogs(window: BrowserWindow, currentLanguage: () => Language): Dialogs {
  return {
    async chooseOpen(kind) {
      const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: dialogFilters(kind) });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSave(suggestedName, kind) {
      const result = await dialog.showSaveDialog(window, {
        defaultPath: withExtension(join(app.getPath('documents'), suggestedName), kind),
        filters: dialogFilters(kind),
      });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, kind);
    },
    async chooseFolder() {
      const result = await dialog.showOpenDialog(window, { properties: ['openDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirmSigning(fields) {
      const language = currentLanguage();
      const result = await dialog.showMessageBox(window, {
        type: 'question',
        buttons: [translate(language, 'desktop.sign.sign'), translate(language, 'desktop.sign.cancel')],
        defaultId: 1,
        cancelId: 1,
        message: translate(language, 'desktop.sign.question', { authority: fields.authority, year: fields.year }),
        detail: `${fields.by}\n${fields.contentHash}`,
      });
      return result.response === 0;
    },
  };
}
