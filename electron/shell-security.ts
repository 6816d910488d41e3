import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './host/app-origin.ts';

/**
 * The page's settings from Electron's security checklist, each stated rather than left to a
 * default: no Node.js in the page, its workers or frames; the page's scripts isolated from the
 * preload's and sandboxed; the same-origin policy and mixed-content blocking kept; no
 * experimental or extra Blink features; no <webview>.
 */
export function securePreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * Keeps every web contents on the app's own pages: it may not navigate, be redirected or frame
 * anything elsewhere, open windows, or attach a <webview>. Applied to each contents as it is
 * created, so none escapes it.
 */
export function guardContents(contents: WebContents): void {
  const stayInApp = (details: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Tamhil needs no camera, microphone, location, notifications, clipboard reading or devices. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
