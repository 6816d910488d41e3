import { currentSchemaVersion } from '@shared/model/plan-schema.ts';
import { afterEach, describe, it, expect } from 'vitest';
import { callHost, InvalidCallError, isHostChannel } from '@electron/host/call-host.ts';
import { hostChannels, type HostApi } from '@shared/host-api.ts';
import { createNodeHost } from '@electron/host/node-host.ts';
import { buildPlan } from '../helpers/plan-builders.ts';
import { samplesFolder, validSampleName } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

/** A host whose handlers only record that they ran and with what. */
function recordingHost(): { host: HostApi; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const host = Object.fromEntries(
    hostChannels.map((channel) => [
      channel,
      async (args: unknown) => {
        calls.push([channel, args]);
        return { ran: channel };
      },
    ]),
  ) as unknown as HostApi;
  return { host, calls };
}

describe('callHost', () => {
  it('refuses an unknown channel before any handler runs', async () => {
    const { host, calls } = recordingHost();
    await expect(callHost(host, 'plan:delete', {})).rejects.toThrow(InvalidCallError);
    await expect(callHost(host, 'toString', {})).rejects.toThrow(InvalidCallError);
    await expect(callHost(host, '__proto__', {})).rejects.toThrow(InvalidCallError);
    expect(calls).toEqual([]);
  });

  it.each([
    ['plan:open', { path: '' }, 'path'],
    ['plan:open', { path: 42 }, 'path'],
    ['plan:open', {}, 'path'],
    ['settings:set-language', { language: 'fr' }, 'language'],
    ['recovery:discard', { key: '../../etc' }, 'key'],
    ['plan:save', { path: 'a.tamhil', plan: { schemaVersion: currentSchemaVersion }, expectedRevision: null, overwrite: false }, 'plan.id'],
    ['plan:save', { path: 'a.tamhil', plan: buildPlan(), expectedRevision: null }, 'overwrite'],
  ])('refuses %s with invalid arguments %j before the handler runs, naming %s', async (channel, args, path) => {
    const { host, calls } = recordingHost();
    const refusal = callHost(host, channel, args);
    await expect(refusal).rejects.toThrow(InvalidCallError);
    await expect(refusal).rejects.toThrow(path);
    expect(calls).toEqual([]);
  });

  it('refuses arguments that are not an object', async () => {
    const { host, calls } = recordingHost();
    await expect(callHost(host, 'app:info', 'hello')).rejects.toThrow(InvalidCallError);
    await expect(callHost(host, 'plan:open', ['a.tamhil'])).rejects.toThrow(InvalidCallError);
    expect(calls).toEqual([]);
  });

  it('passes the validated arguments, without unknown fields, to the handler', async () => {
    const { host, calls } = recordingHost();
    expect(await callHost(host, 'plan:open', { path: 'a.tamhil', extra: 'dropped' })).toEqual({ ran: 'plan:open' });
    expect(calls).toEqual([['plan:open', { path: 'a.tamhil' }]]);
  });

  it('treats missing arguments as an empty object', async () => {
    const { host, calls } = recordingHost();
    await callHost(host, 'app:info', undefined);
    await callHost(host, 'recent:list', null);
    expect(calls).toEqual([
      ['app:info', {}],
      ['recent:list', {}],
    ]);
  });

  it('knows exactly the channels of the host API', () => {
    for (const channel of hostChannels) expect(isHostChannel(channel)).toBe(true);
    expect(isHostChannel('hasOwnProperty')).toBe(false);
    expect(isHostChannel('plan:Open')).toBe(false);
  });

  it('runs a real host\'s handler', async () => {
    const { host } = await createNodeHost({
      transport: 'browser',
      version: 'test',
      dataFolder: await temp.make(),
      samplesFolder,
      settingsBackend: () => ({ store: {} }),
      dialogs: null,
    });
    expect(await callHost(host, 'plan:open', { path: validSampleName })).toMatchObject({ ok: true, path: validSampleName });
  });
});
