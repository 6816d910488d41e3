import { contextBridge, ipcRenderer } from 'electron';
import { hostChannels, menuCommands, type DesktopBridge, type HostApi, type MenuCommand } from '@shared/host-api.ts';

/**
 * Exposes one named function per host channel and a menu listener; never ipcRenderer itself,
 * never the event object. The main process validates every argument again.
 */
const host = Object.fromEntries(
  hostChannels.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as HostApi;

const bridge = {
  host,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const relay = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && (menuCommands as readonly string[]).includes(command)) {
        listener(command as MenuCommand);
      }
    };
    ipcRenderer.on('menu:command', relay);
    return () => ipcRenderer.removeListener('menu:command', relay);
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('tamhilDesktop', bridge);
