import { hostChannels, type DesktopBridge, type HostApi, type HostChannel, type MenuCommand } from '@shared/host-api.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';

declare global {
  interface Window {
    tamhilDesktop?: DesktopBridge;
  }
}

const tokenKey = 'tamhil-token';

/** The browser host's token arrives once in the URL fragment; it is kept for the tab and removed from the address bar. */
function takeToken(): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(tokenKey, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

export class HostCallError extends Error {}

/** The browser host's token, for a worker that calls the host itself; null on the desktop, whose host is the preload bridge. */
export const browserHostToken: string | null = window.tamhilDesktop ? null : takeToken();

function httpHost(token: string): HostApi {
  const call = async (channel: HostChannel, args: unknown) => {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tamhil-Token': token },
      body: JSON.stringify(args),
    });
    // A tab left from an earlier run carries that run's token, which this run does not know.
    if (response.status === 403) throw new HostCallError(translate(useLanguage.getState().language, 'app.staleAddress'));
    const body: unknown = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new HostCallError((body as { error?: string }).error ?? `HTTP ${response.status}`);
    return body;
  };
  return Object.fromEntries(hostChannels.map((channel) => [channel, (args: unknown) => call(channel, args)])) as HostApi;
}

/** The desktop app's preload bridge when there is one, otherwise the browser host over HTTP. */
export const host: HostApi = window.tamhilDesktop?.host ?? httpHost(browserHostToken!);

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.tamhilDesktop?.onMenuCommand(listener) ?? (() => undefined);
}
