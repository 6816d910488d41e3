import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * A stand-in for the parts of Electron's API that Tamhil's main process and preload use, for
 * `vi.mock('electron', …)`: it records what the code asks of Electron (the window's options, the
 * session's handlers, the protocol handler, IPC handlers, what the preload exposes) so a test on a
 * machine without Electron's program can check them. It behaves as Electron does where that
 * matters to the code: a new window's contents is announced through `web-contents-created`, and
 * a second handler for one IPC channel throws.
 */
export const appRoot = fileURLToPath(new URL('../..', import.meta.url));

type Listener = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];

  setWindowOpenHandler(handler: NonNullable<FakeWebContents['windowOpenHandler']>): void {
    this.windowOpenHandler = handler;
  }

  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

export const recorded = {
  paths: new Map<string, string>(),
  windows: [] as FakeBrowserWindow[],
  loadedUrls: [] as string[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  fetchedUrls: [] as string[],
  ipcHandlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  devicePermissionHandler: null as Listener | null,
  errorBoxes: [] as string[],
  /** Whether the stand-in for safeStorage says the system's store protects secrets. */
  safeStorageAvailable: true,
  exposedInMainWorld: new Map<string, unknown>(),
  rendererCalls: [] as { method: string; args: unknown[] }[],
  rendererListeners: new Map<string, Listener[]>(),
};

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getAppPath: () => appRoot,
  getVersion: () => '0.0.0-test',
  getPath: (name: string) => {
    const path = recorded.paths.get(name);
    if (!path) throw new Error(`the test set no path for ${name}`);
    return path;
  },
  setPath: (name: string, path: string) => void recorded.paths.set(name, path),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
});

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    recorded.loadedUrls.push(url);
  }

  show(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export const BrowserWindow = FakeBrowserWindow;

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void recorded.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void recorded.protocolHandlers.set(scheme, handler),
};

export const net = {
  fetch: async (url: string) => {
    recorded.fetchedUrls.push(url);
    return new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } });
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (recorded.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => void (recorded.permissionCheckHandler = handler),
    setDevicePermissionHandler: (handler: Listener) => void (recorded.devicePermissionHandler = handler),
  },
};

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) => {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: () => undefined,
};

export const dialog = {
  showErrorBox: (_title: string, content: string) => void recorded.errorBoxes.push(content),
  showMessageBoxSync: () => 1,
  showMessageBox: async () => ({ response: 1 }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};

/** Seals by reversing the bytes behind a tag a keyring would give (Chromium's "v11"), so nothing reads as plain. */
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => recorded.safeStorageAvailable,
  encryptStringAsync: async (text: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(text, 'utf8').reverse()]),
  decryptStringAsync: async (sealed: Buffer) => ({ result: Buffer.from(sealed.subarray(3)).reverse().toString('utf8'), shouldReEncrypt: false }),
};

export const contextBridge = {
  exposeInMainWorld: (name: string, value: unknown) => void recorded.exposedInMainWorld.set(name, value),
};

/** Records every call the preload makes; only these methods exist, as on a sandboxed page. */
export const ipcRenderer = {
  invoke: (...args: unknown[]) => {
    recorded.rendererCalls.push({ method: 'invoke', args });
    return Promise.resolve({ answered: args[0] });
  },
  send: (...args: unknown[]) => void recorded.rendererCalls.push({ method: 'send', args }),
  sendSync: (...args: unknown[]) => void recorded.rendererCalls.push({ method: 'sendSync', args }),
  on: (channel: string, listener: Listener) => {
    recorded.rendererCalls.push({ method: 'on', args: [channel] });
    recorded.rendererListeners.set(channel, [...(recorded.rendererListeners.get(channel) ?? []), listener]);
  },
  removeListener: (channel: string, listener: Listener) => {
    recorded.rendererCalls.push({ method: 'removeListener', args: [channel] });
    recorded.rendererListeners.set(channel, (recorded.rendererListeners.get(channel) ?? []).filter((each) => each !== listener));
  },
};
