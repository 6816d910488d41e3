import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostChannels, type HostApi, type HostChannel } from '@shared/host-api.ts';
import { callHost } from './host/call-host.ts';
import { createNodeHost } from './host/node-host.ts';
import { buildMenu } from './menu.ts';

/** The renderer is served from this private scheme, not file://, so 'self' in the CSP means only the app. */
const scheme = 'tamhil';
const appOrigin = `${scheme}://app`;

protocol.registerSchemesAsPrivileged([{ scheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The same override as the browser host, so tests and portable setups keep data where they say.
if (process.env.TAMHIL_DATA_DIR) app.setPath('userData', process.env.TAMHIL_DATA_DIR);

const appFolder = app.getAppPath();
const rendererFolder = join(appFolder, 'dist', 'renderer');
const samplesFolder = app.isPackaged ? join(process.resourcesPath, 'templates', 'samples') : join(appFolder, 'templates', 'samples');

function startupFileFrom(argv: string[]): string | null {
  return argv.slice(1).find((argument) => argument.toLowerCase().endsWith('.tamhil')) ?? null;
}

function serveRenderer(): void {
  protocol.handle(scheme, (request) => {
    const { host, pathname } = new URL(request.url);
    const path = normalize(join(rendererFolder, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (host !== 'app' || !path.startsWith(rendererFolder + sep)) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
}

/** Every call must come from the app's own page in its main frame. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && new URL(frame.url).origin === appOrigin;
}

function registerHost(host: HostApi, onLanguage: (language: 'he' | 'en') => void): void {
  const registered = new Set<HostChannel>();
  for (const channel of hostChannels) {
    if (registered.has(channel)) throw new Error(`host channel ${channel} registered twice`);
    registered.add(channel);
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!fromAppPage(event)) throw new Error(`refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      const result = await callHost(host, channel, args);
      if (channel === 'settings:set-language') onLanguage((result as { language: 'he' | 'en' }).language);
      return result;
    });
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'תמהיל',
    show: false,
    webPreferences: {
      preload: join(appFolder, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== appOrigin) event.preventDefault();
  });
  window.webContents.on('will-prevent-unload', (event) => {
    const he = (Menu.getApplicationMenu()?.items[0]?.label ?? '') === 'קובץ';
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: he ? ['יציאה בלי לשמור', 'ביטול'] : ['Leave without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: he ? 'יש שינויים שלא נשמרו. הם נשמרו לשחזור ויוצעו בפתיחה הבאה.' : 'There are unsaved changes. They are kept for recovery and offered at the next start.',
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer();
  const window = createWindow();
  const settingsStore = (cwd: string) => new ElectronStore({ cwd, name: 'settings', clearInvalidConfig: true });
  const { host } = await createNodeHost({
    transport: 'electron',
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    samplesFolder,
    settingsBackend: settingsStore,
    startupFile: startupFileFrom(process.argv),
    dialogs: {
      async chooseOpen() {
        const result = await dialog.showOpenDialog(window, {
          properties: ['openFile'],
          filters: [{ name: 'Tamhil', extensions: ['tamhil'] }],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseSave(suggestedName) {
        const result = await dialog.showSaveDialog(window, {
          defaultPath: join(app.getPath('documents'), `${suggestedName}.tamhil`),
          filters: [{ name: 'Tamhil', extensions: ['tamhil'] }],
        });
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
  });
  const setLanguage = (language: 'he' | 'en') => Menu.setApplicationMenu(buildMenu(window, language));
  registerHost(host, setLanguage);
  setLanguage((await host['settings:get']({})).language);
  await window.loadURL(`${appOrigin}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.on('window-all-closed', () => app.quit());

start().catch((error: Error) => {
  dialog.showErrorBox('Tamhil', error.message);
  app.quit();
});
