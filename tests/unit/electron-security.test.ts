import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostChannels, menuCommands, type DesktopBridge } from '@shared/host-api.ts';
import { dataLayout } from '@electron/host/user-data.ts';
import { contentSecurityPolicy } from '@electron/web/content-security-policy.ts';
import { runDesktopApp } from '@electron/desktop-app.ts';
import { appRoot, FakeWebContents, app, recorded } from '../helpers/fake-electron.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

/*
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), read
 * from the real main-process module and preload with Electron's API replaced by a recording
 * stand-in, so it holds on every machine, with or without Electron's program.
 */
vi.mock('electron', () => import('../helpers/fake-electron.ts'));
// electron-store reaches Electron through require, past the mock above; the settings it keeps are not under test here.
vi.mock('electron-store', () => ({ default: class {} }));

const temp = tempFolders();
const rendererFolder = join(appRoot, 'dist', 'renderer');

/** Hostile places a page might be sent to: the web, files, other schemes, and look-alikes of the app's own origin. */
const elsewhere = [
  'https://example.com/',
  'http://127.0.0.1:47027/',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'tamhil://evil/index.html',
  'tamhil://app.example.com/index.html',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
];

beforeAll(async () => {
  const dataFolder = await temp.make();
  recorded.paths.set('userData', dataFolder);
  recorded.paths.set('documents', dataFolder);
  await runDesktopApp();
  expect(recorded.errorBoxes).toEqual([]);
  return temp.removeAll;
});

function mainWindow() {
  expect(recorded.windows).toHaveLength(1);
  return recorded.windows[0]!;
}

/** An event as Electron gives its navigation listeners: the details object carries the URL and can be cancelled. */
function navigationEvent(url: string) {
  return { url, isMainFrame: true, preventDefault: vi.fn() };
}

function prevented(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = navigationEvent(url);
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('the desktop window', () => {
  it('runs its page without Node.js, isolated from the preload, sandboxed, with web security and no experimental features', () => {
    const preferences = mainWindow().options.webPreferences!;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    });
    for (const setting of ['enableBlinkFeatures', 'partition', 'session', 'additionalArguments']) expect(preferences).not.toHaveProperty(setting);
  });

  it('loads only the app’s own page, from the app’s own scheme, registered as a secure origin', () => {
    expect(recorded.loadedUrls).toEqual(['tamhil://app/index.html']);
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'tamhil', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...recorded.protocolHandlers.keys()]).toEqual(['tamhil']);
  });

  it('serves files of the built renderer only, each with the Content-Security-Policy', async () => {
    const serve = recorded.protocolHandlers.get('tamhil')!;
    recorded.fetchedUrls.length = 0;
    const page = await serve(new Request('tamhil://app/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(recorded.fetchedUrls).toHaveLength(1);
    expect(fileURLToPath(recorded.fetchedUrls[0]!)).toBe(join(rendererFolder, 'index.html'));
    for (const url of ['tamhil://app/%2e%2e%2fpackage.json', 'tamhil://app/..%2F..%2Fpackage.json', 'tamhil://app/%E0%A4%A', 'tamhil://other/index.html']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
    expect(recorded.fetchedUrls.every((url) => fileURLToPath(url).startsWith(rendererFolder + sep))).toBe(true);
  });

  it('keeps every web contents on the app’s pages: navigating, redirecting or framing anything elsewhere is stopped', () => {
    const other = new FakeWebContents();
    app.emit('web-contents-created', {}, other);
    for (const contents of [mainWindow().webContents, other]) {
      for (const eventName of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
        for (const url of elsewhere) expect(prevented(contents, eventName, url), `${eventName} ${url}`).toBe(true);
        expect(prevented(contents, eventName, 'tamhil://app/index.html#/station/2'), eventName).toBe(false);
      }
    }
  });

  it('opens no other window and attaches no webview, whatever the page asks', () => {
    const contents = mainWindow().webContents;
    for (const url of [...elsewhere, 'tamhil://app/index.html']) {
      expect(contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, { src: 'https://example.com/' });
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission the page requests or the session checks', () => {
    const permissions = ['media', 'geolocation', 'notifications', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'unknown'];
    for (const permission of permissions) {
      const callback = vi.fn();
      recorded.permissionRequestHandler!(...([mainWindow().webContents, permission, callback, {}] as never[]));
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheckHandler!(...([mainWindow().webContents, permission, 'tamhil://app', {}] as never[])), permission).toBe(false);
    }
    expect(recorded.devicePermissionHandler!(...([{ deviceType: 'usb', origin: 'tamhil://app' }] as never[]))).toBe(false);
  });

  it('answers host calls only from the app’s own page in its main frame', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([...hostChannels].sort());
    const call = recorded.ipcHandlers.get('settings:get')!;
    const appFrame = { url: 'tamhil://app/index.html', parent: null };
    await expect(call({ senderFrame: appFrame }, {})).resolves.toHaveProperty('language');
    for (const senderFrame of [null, { url: 'https://example.com/', parent: null }, { url: 'tamhil://app/index.html', parent: appFrame }, { url: 'file:///index.html', parent: null }]) {
      await expect(call({ senderFrame }, {}), JSON.stringify(senderFrame)).rejects.toThrow(/refused settings:get from a page that is not Tamhil's/);
    }
  });

  it('keeps the approval key through the operating system’s store, and the page is told so', async () => {
    const own = (await recorded.ipcHandlers.get('keys:own')!({ senderFrame: { url: 'tamhil://app/index.html', parent: null } }, {})) as { publicKey: string; keeping: string };
    expect(own.keeping).toBe('system-store');
    const keyFile = JSON.parse(await readFile(dataLayout(recorded.paths.get('userData')!).signingKeyFile, 'utf8')) as Record<string, unknown>;
    expect(keyFile).toMatchObject({ keptBy: 'system-store', publicKey: own.publicKey });
    expect(keyFile).not.toHaveProperty('secretKey');
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(contentSecurityPolicy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }));

  it('takes nothing from elsewhere by default, and scripts only from the app, never inline or evaluated', () => {
    expect(["'self'", "'none'"]).toContain(directives.get('default-src')?.join(' '));
    const scripts = directives.get('script-src') ?? directives.get('default-src')!;
    expect(scripts).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const sources of directives.values()) {
      for (const source of sources) expect(source, contentSecurityPolicy).not.toMatch(/unsafe|^\*$|^https?:|^\*\.|^ws/);
    }
  });
});

describe('the preload', () => {
  let bridge: DesktopBridge;

  beforeAll(async () => {
    await import('@electron/preload.ts');
    expect([...recorded.exposedInMainWorld.keys()]).toEqual(['tamhilDesktop']);
    bridge = recorded.exposedInMainWorld.get('tamhilDesktop') as DesktopBridge;
  });

  beforeEach(() => {
    recorded.rendererCalls.length = 0;
  });

  it('exposes one object holding a function per host channel and a menu listener, and nothing of Electron', () => {
    expect(Object.keys(bridge).sort()).toEqual(['host', 'onMenuCommand']);
    expect(Object.keys(bridge.host).sort()).toEqual([...hostChannels].sort());
    for (const value of [...Object.values(bridge.host), bridge.onMenuCommand]) expect(typeof value).toBe('function');
    expect(recorded.rendererCalls).toEqual([]);
  });

  it('has each host function call ipcRenderer.invoke on its own channel, and nothing else', async () => {
    for (const channel of hostChannels) {
      recorded.rendererCalls.length = 0;
      const args = { channel: 'keys:sign-approval', path: '/etc/passwd' };
      const call = bridge.host[channel] as (args: unknown) => Promise<unknown>;
      await expect(call(args)).resolves.toEqual({ answered: channel });
      expect(recorded.rendererCalls).toEqual([{ method: 'invoke', args: [channel, args] }]);
    }
  });

  it('passes on only known menu commands, never the event, and stops listening when asked', () => {
    const heard: unknown[] = [];
    const stop = bridge.onMenuCommand((command) => heard.push(command));
    expect(recorded.rendererCalls).toEqual([{ method: 'on', args: ['menu:command'] }]);
    const [relay] = recorded.rendererListeners.get('menu:command')!;
    const event = { sender: 'ipcRenderer', senderFrame: 'frame' };
    for (const command of [menuCommands[0], 'rm -rf', { command: 'save' }, undefined, menuCommands.at(-1)]) (relay as (...args: unknown[]) => void)(event, command);
    expect(heard).toEqual([menuCommands[0], menuCommands.at(-1)]);
    stop();
    expect(recorded.rendererListeners.get('menu:command')).toEqual([]);
  });
});
