import type { HostApi, MenuCommand } from '@shared/host-api.ts';

/** What the preload puts on `window.tamhilDesktop`; the renderer imports only this type. */
export type DesktopBridge = {
  host: HostApi;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
