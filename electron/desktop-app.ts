import { app, BrowserWindow, dialog, Menu, safeStorage, session } from 'electron';
import { join, resolve } from 'node:path';
import ElectronStore from 'electron-store';
import type { Settings } from '@shared/host-api.ts';
import { translate } from '@shared/i18n/translate.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { desktopDialogs } from './desktop-dialogs.ts';
import { appEntryUrl } from './host/app-origin.ts';
import { createNodeHost } from './host/node-host.ts';
import { planExtension } from './host/plan-files.ts';
import { handleHostChannels } from './host-ipc.ts';
import { buildMenu, closeQuestion } from './menu.ts';
import { safeStorageProtector } from './safe-storage-protector.ts';
import { denyPermissions, guardContents, securePreferences } from './shell-security.ts';

function startupFileFrom(argv: string[], workingFolder: string): string | null {
  const file = argv.slice(1).find((argument) => argument.toLowerCase().endsWith(planExtension));
  return file ? resolve(workingFolder, file) : null;
}

/**
 * The desktop app: one window on the app's own pages, the host behind IPC, the native menu.
 * Nothing happens on import, so a test can run it against a stand-in for Electron. Resolves
 * once the window has loaded the app, or the failure has been shown and the app told to quit.
 */
export function runDesktopApp(): Promise<void> {
  registerAppScheme();
  // The same override as the browser host, so tests and portable setups keep data where they say.
  if (process.env.TAMHIL_DATA_DIR) app.setPath('userData', process.env.TAMHIL_DATA_DIR);

  const appFolder = app.getAppPath();
  const samplesFolder = app.isPackaged ? join(process.resourcesPath, 'templates', 'samples') : join(appFolder, 'templates', 'samples');
  let language: Settings['language'] = 'he';
  let mainWindow: BrowserWindow | null = null;

  function setLanguage(next: Settings['language']): void {
    language = next;
    if (mainWindow) Menu.setApplicationMenu(buildMenu(mainWindow, language));
  }

  function createWindow(): BrowserWindow {
    const window = new BrowserWindow({
      width: 1280,
      height: 860,
      title: translate(language, 'app.name'),
      show: false,
      webPreferences: securePreferences(join(appFolder, 'dist', 'electron', 'preload.cjs')),
    });
    window.webContents.on('will-prevent-unload', (event) => {
      const question = closeQuestion(language);
      const choice = dialog.showMessageBoxSync(window, { type: 'question', defaultId: 1, cancelId: 1, ...question });
      if (choice === 0) event.preventDefault();
    });
    window.once('ready-to-show', () => window.show());
    return window;
  }

  async function start(): Promise<void> {
    await app.whenReady();
    denyPermissions(session.defaultSession);
    serveRenderer(join(appFolder, 'dist', 'renderer'));
    const window = createWindow();
    mainWindow = window;
    const { host } = await createNodeHost({
      transport: 'electron',
      version: app.getVersion(),
      dataFolder: app.getPath('userData'),
      samplesFolder,
      // electron-store is the stack's settings store on the desktop; it keeps the same file conf does in the browser host.
      settingsBackend: (cwd) => new ElectronStore({ cwd, name: 'settings', clearInvalidConfig: true }),
      startupFile: startupFileFrom(process.argv, process.cwd()),
      secretProtector: safeStorageProtector(safeStorage),
      dialogs: desktopDialogs(window, () => language),
    });
    handleHostChannels(host, (channel, result) => {
      if (channel === 'settings:set-language') setLanguage((result as Settings).language);
    });
    setLanguage((await host['settings:get']({})).language);
    await window.loadURL(appEntryUrl);
  }

  // One window, one set of settings and recovery files: a second start focuses the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve();
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  return start().catch((error: Error) => {
    dialog.showErrorBox('Tamhil', error.message);
    app.quit();
  });
}
