import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { hostChannels, type HostApi, type HostChannel } from '@shared/host-api.ts';
import { callHost } from './host/call-host.ts';
import { isAppUrl } from './host/app-origin.ts';

/** Every call must come from the app's own page, in its main frame. */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Registers one handler per host channel, each checking its sender; arguments are validated by
 * callHost before the host sees them. `answered` hears each result (the menu follows the language).
 */
export function handleHostChannels(host: HostApi, answered: (channel: HostChannel, result: unknown) => void): void {
  for (const channel of hostChannels) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!fromAppPage(event)) throw new Error(`refused ${channel} from a page that is not Tamhil's`);
      const result = await callHost(host, channel, args);
      answered(channel, result);
      return result;
    });
  }
}
