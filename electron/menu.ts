import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/host-api.ts';

/**
 * The native menu. Undo, redo and the file shortcuts are handled by the page (they act on the
 * plan's history, not on a text field), so their accelerators are shown but not registered.
 */
export function buildMenu(window: BrowserWindow, language: 'he' | 'en'): Menu {
  const he = language === 'he';
  const send = (command: MenuCommand) => () => window.webContents.send('menu:command', command);
  const item = (label: string, command: MenuCommand, accelerator?: string, registerAccelerator = false): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: he ? 'קובץ' : 'File',
      submenu: [
        item(he ? 'תכנית חדשה' : 'New plan', 'new', 'CmdOrCtrl+N'),
        item(he ? 'פתיחה…' : 'Open…', 'open', 'CmdOrCtrl+O'),
        item(he ? 'פתיחת תיקיית אשכול…' : 'Open cluster folder…', 'open-cluster'),
        item(he ? 'שמירה' : 'Save', 'save', 'CmdOrCtrl+S'),
        item(he ? 'שמירה בשם…' : 'Save as…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(he ? 'ייצוא לאקסל…' : 'Export to Excel…', 'export-workbook'),
        item(he ? 'ייבוא מאקסל…' : 'Import from Excel…', 'import-workbook'),
        item(he ? 'ייבוא טבלת שירותים…' : 'Import a services table…', 'import-services'),
        item(he ? 'ייצוא השירותים ל-CSV…' : 'Export services to CSV…', 'export-csv'),
        { type: 'separator' },
        { role: 'quit', label: he ? 'יציאה' : 'Quit' },
      ],
    },
    {
      label: he ? 'עריכה' : 'Edit',
      submenu: [
        item(he ? 'ביטול פעולה' : 'Undo', 'undo', 'CmdOrCtrl+Z'),
        item(he ? 'ביצוע מחדש' : 'Redo', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: he ? 'גזירה' : 'Cut' },
        { role: 'copy', label: he ? 'העתקה' : 'Copy' },
        { role: 'paste', label: he ? 'הדבקה' : 'Paste' },
        { role: 'selectAll', label: he ? 'בחירת הכול' : 'Select all' },
      ],
    },
    {
      label: he ? 'תצוגה' : 'View',
      submenu: [
        // The window has no browser around it, so these shortcuts are the menu's own.
        // On a Mac Option+arrows move by word in text, so Back and Forward take Command+[ and ].
        item(he ? 'חזרה לעמוד הקודם' : 'Back', 'back', process.platform === 'darwin' ? 'Cmd+[' : 'Alt+Left', true),
        item(he ? 'קדימה' : 'Forward', 'forward', process.platform === 'darwin' ? 'Cmd+]' : 'Alt+Right', true),
        item(he ? 'התחנה הקודמת' : 'Previous station', 'previous-station', 'CmdOrCtrl+PageUp', true),
        item(he ? 'התחנה הבאה' : 'Next station', 'next-station', 'CmdOrCtrl+PageDown', true),
        { type: 'separator' },
        item('עברית', 'language-he'),
        item('English', 'language-en'),
        { type: 'separator' },
        { role: 'resetZoom', label: he ? 'גודל רגיל' : 'Actual size' },
        { role: 'zoomIn', label: he ? 'הגדלה' : 'Zoom in' },
        { role: 'zoomOut', label: he ? 'הקטנה' : 'Zoom out' },
        { role: 'togglefullscreen', label: he ? 'מסך מלא' : 'Full screen' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** The question before the window closes with unsaved work; recovery keeps what was typed. */
export function closeQuestion(language: 'he' | 'en'): { buttons: string[]; message: string } {
  return language === 'he'
    ? {
        buttons: ['יציאה בלי לשמור', 'ביטול'],
        message: 'יש שינויים שלא נשמרו. עותק שלהם נשמר לשחזור ויוצע בפתיחה הבאה.',
      }
    : {
        buttons: ['Leave without saving', 'Cancel'],
        message: 'There are unsaved changes. A copy is kept for recovery and offered at the next start.',
      };
}
