import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import ElectronStore from 'electron-store';
import { join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostChannels, type HostApi, type HostChannel, type Settings } from '@shared/host-api.ts';
import { translate } from '@shared/i18n/translate.ts';
import { appEntryUrl, appHost, appScheme, isAppUrl } from './host/app-origin.ts';
import { callHost } from './host/call-host.ts';
import { dialogFilters, withExtension } from './host/dialog-filters.ts';
import { createNodeHost } from './host/node-host.ts';
import { planExtension } from './host/plan-files.ts';
import { buildMenu, closeQuestion } from './menu.ts';

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The same override as the browser host, so tests and portable setups keep data where they say.
if (process.env.TAMHIL_DATA_DIR) app.setPath('userData', process.env.TAMHIL_DATA_DIR);

const appFolder = app.getAppPath();
const rendererFolder = join(appFolder, 'dist', 'renderer');
const samplesFolder = app.isPackaged ? join(process.resourcesPath, 'templates', 'samples') : join(appFolder, 'templates', 'samples');

let language: Settings['language'] = 'he';

function startupFileFrom(argv: string[], workingFolder: string): string | null {
  const file = argv.slice(1).find((argument) => argument.toLowerCase().endsWith(planExtension));
  return file ? resolve(workingFolder, file) : null;
}

function serveRenderer(): void {
  protocol.handle(appScheme, (request) => {
    const { host, pathname } = new URL(request.url);
    const path = normalize(join(rendererFolder, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (host !== appHost || !path.startsWith(rendererFolder + sep)) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
}

/** Every call must come from the app's own page, in its main frame. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const handled = new Set<HostChannel>();

/** Registers one host channel; its argument is validated by callHost before the handler runs. */
function handle<K extends HostChannel>(channel: K, host: HostApi): void {
  if (handled.has(channel)) throw new Error(`host channel ${channel} registered twice`);
  handled.add(channel);
  ipcMain.handle(channel, async (event, args: unknown) => {
    if (!fromAppPage(event)) throw new Error(`refused ${channel} from a page that is not Tamhil's`);
    const result = await callHost(host, channel, args);
    if (channel === 'settings:set-language') setLanguage((result as Settings).language);
    return result;
  });
}

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
    if (!isAppUrl(url)) event.preventDefault();
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
  // Tamhil needs no camera, microphone, location or notifications.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  serveRenderer();
  const window = createWindow();
  mainWindow = window;
  const { host } = await createNodeHost({
    transport: 'electron',
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    samplesFolder,
    settingsBackend: (cwd) => new ElectronStore({ cwd, name: 'settings', clearInvalidConfig: true }),
    startupFile: startupFileFrom(process.argv, process.cwd()),
    dialogs: {
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
        const { language } = await host['settings:get']({});
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
    },
  });
  for (const channel of hostChannels) handle(channel, host);
  setLanguage((await host['settings:get']({})).language);
  await window.loadURL(appEntryUrl);
}

// One window, one set of settings and recovery files: a second start focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  start().catch((error: Error) => {
    dialog.showErrorBox('Tamhil', error.message);
    app.quit();
  });
}
