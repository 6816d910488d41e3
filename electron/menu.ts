import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/host-api.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { translate } from '@shared/i18n/translate.ts';
import type { Language } from '@shared/model/localized-text.ts';

/**
 * The native menu. Undo, redo and the file shortcuts are handled by the page (they act on the
 * plan's history, not on a text field), so their accelerators are shown but not registered.
 */
export function buildMenu(window: BrowserWindow, language: Language): Menu {
  const say = (key: MessageKey) => translate(language, key);
  const send = (command: MenuCommand) => () => window.webContents.send('menu:command', command);
  const item = (label: string, command: MenuCommand, accelerator?: string, registerAccelerator = false): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: say('desktop.menu.file'),
      submenu: [
        item(say('desktop.menu.new'), 'new', 'CmdOrCtrl+N'),
        item(say('desktop.menu.open'), 'open', 'CmdOrCtrl+O'),
        item(say('desktop.menu.openCluster'), 'open-cluster'),
        item(say('desktop.menu.save'), 'save', 'CmdOrCtrl+S'),
        item(say('desktop.menu.saveAs'), 'save-as', 'CmdOrCtrl+Shift+S'),
        item(say('desktop.menu.mergeCopy'), 'merge-copy'),
        { type: 'separator' },
        item(say('desktop.menu.exportWorkbook'), 'export-workbook'),
        item(say('desktop.menu.importWorkbook'), 'import-workbook'),
        item(say('desktop.menu.importServices'), 'import-services'),
        item(say('desktop.menu.exportCsv'), 'export-csv'),
        { type: 'separator' },
        { role: 'quit', label: say('desktop.menu.quit') },
      ],
    },
    {
      label: say('desktop.menu.edit'),
      submenu: [
        item(say('desktop.menu.undo'), 'undo', 'CmdOrCtrl+Z'),
        item(say('desktop.menu.redo'), 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: say('desktop.menu.cut') },
        { role: 'copy', label: say('desktop.menu.copy') },
        { role: 'paste', label: say('desktop.menu.paste') },
        { role: 'selectAll', label: say('desktop.menu.selectAll') },
      ],
    },
    {
      label: say('desktop.menu.view'),
      submenu: [
        // The window has no browser around it, so these shortcuts are the menu's own.
        // On a Mac Option+arrows move by word in text, so Back and Forward take Command+[ and ].
        item(say('desktop.menu.back'), 'back', process.platform === 'darwin' ? 'Cmd+[' : 'Alt+Left', true),
        item(say('desktop.menu.forward'), 'forward', process.platform === 'darwin' ? 'Cmd+]' : 'Alt+Right', true),
        item(say('desktop.menu.previousStation'), 'previous-station', 'CmdOrCtrl+PageUp', true),
        item(say('desktop.menu.nextStation'), 'next-station', 'CmdOrCtrl+PageDown', true),
        { type: 'separator' },
        // Each language by its own name, whichever the menu is in.
        item('עברית', 'language-he'),
        item('English', 'language-en'),
        { type: 'separator' },
        { role: 'resetZoom', label: say('desktop.menu.actualSize') },
        { role: 'zoomIn', label: say('desktop.menu.zoomIn') },
        { role: 'zoomOut', label: say('desktop.menu.zoomOut') },
        { role: 'togglefullscreen', label: say('desktop.menu.fullScreen') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** The question before the window closes with unsaved work; recovery keeps what was typed. */
export function closeQuestion(language: Language): { buttons: string[]; message: string } {
  return {
    buttons: [translate(language, 'desktop.close.leave'), translate(language, 'desktop.close.cancel')],
    message: translate(language, 'desktop.close.question'),
  };
}
