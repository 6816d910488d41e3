import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import type { Dialogs } from '@electron/host/create-host.ts';
import { dataLayout } from '@electron/host/user-data.ts';
import type { SettingsBackend } from '@electron/host/settings-store.ts';
import { createSigningKeys, verifyApproval } from '@shared/review/approval-signature.ts';
import { ownProblemCodes } from '@shared/model/file-system-problem.ts';
import { repositoryRoot, samplesFolder } from '../../helpers/samples.ts';
import { tempFolders } from '../../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

async function browserHost(dataFolder?: string, dialogs: Dialogs | null = null) {
  const folder = dataFolder ?? (await temp.make());
  const settings: SettingsBackend = { store: {} };
  const { host, workspace } = await createNodeHost({ transport: dialogs ? 'electron' : 'browser', version: 'test', dataFolder: folder, samplesFolder, settingsBackend: () => settings, dialogs });
  return { host, workspace, dataFolder: folder };
}

// The host signs only an approval dated now.
const fields = {
  planId: 'givat-hadkalim-2027',
  authority: 'גבעת הדקלים',
  year: 2027,
  by: 'רונית לוי',
  at: new Date().toISOString(),
  contentHash: 'cd'.repeat(32),
  note: '',
};

describe('the host’s approval key', () => {
  it('is made on first use, readable by its owner only, outside the workspace, and the same on the next start', async () => {
    const { host, dataFolder, workspace } = await browserHost();
    const { publicKey } = await host['keys:own']({});
    const keyFile = dataLayout(dataFolder).signingKeyFile;
    expect(keyFile.startsWith(workspace)).toBe(false);
    if (process.platform !== 'win32') expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await readFile(keyFile, 'utf8')).includes(publicKey)).toBe(true);
    const again = await browserHost(dataFolder);
    expect((await again.host['keys:own']({})).publicKey).toBe(publicKey);
  });

  it('signs an approval’s fields so that the public key verifies them', async () => {
    const { host } = await browserHost();
    const signed = await host['keys:sign-approval'](fields);
    if ('declined' in signed) throw new Error('the browser host has no dialog to decline in');
    expect(verifyApproval(fields, signed.signature, signed.publicKey)).toBe(true);
    expect(verifyApproval({ ...fields, note: 'x' }, signed.signature, signed.publicKey)).toBe(false);
  });

  it('on the desktop, signs only what the user confirms in the system’s own dialog', async () => {
    const asked: string[] = [];
    let answer = false;
    const dialogs: Dialogs = {
      chooseOpen: async () => null,
      chooseSave: async () => null,
      chooseFolder: async () => null,
      confirmSigning: async (shown) => {
        asked.push(`${shown.authority} ${shown.year} ${shown.contentHash}`);
        return answer;
      },
    };
    const { host } = await browserHost(undefined, dialogs);
    expect(await host['keys:sign-approval'](fields)).toEqual({ declined: true });
    answer = true;
    expect(await host['keys:sign-approval'](fields)).toHaveProperty('signature');
    expect(asked).toEqual([`גבעת הדקלים 2027 ${'cd'.repeat(32)}`, `גבעת הדקלים 2027 ${'cd'.repeat(32)}`]);
  });

  it('refuses to sign an approval dated other than now, on either host, before asking', async () => {
    let asked = 0;
    const dialogs: Dialogs = { chooseOpen: async () => null, chooseSave: async () => null, chooseFolder: async () => null, confirmSigning: async () => ++asked > 0 };
    for (const { host } of [await browserHost(), await browserHost(undefined, dialogs)]) {
      for (const at of ['2026-01-01T10:00:00.000Z', new Date(Date.now() + 60 * 60 * 1000).toISOString()]) {
        await expect(host['keys:sign-approval']({ ...fields, at })).rejects.toThrow(/signed only at the time it records/);
      }
    }
    expect(asked).toBe(0);
  });

  it('never replaces a key file it cannot read: it says so instead', async () => {
    const { dataFolder } = await browserHost();
    const first = await browserHost(dataFolder);
    await first.host['keys:own']({});
    const keyFile = dataLayout(dataFolder).signingKeyFile;
    await writeFile(keyFile, '{"kind":"tamhil-signing-key","secretKey":"AAAA","publicKey":"BBBB","created":""}');
    const second = await browserHost(dataFolder);
    await expect(second.host['keys:own']({})).rejects.toThrow(/cannot be read/);
    expect(await readFile(keyFile, 'utf8')).toContain('"AAAA"');
  });
});

describe('imported public keys', () => {
  it('are added to the settings from a key file in the workspace, once per key', async () => {
    const { host, workspace } = await browserHost();
    const { publicKey } = await host['keys:own']({});
    await writeFile(join(workspace, 'reviewer.tamhilkey'), JSON.stringify({ kind: 'tamhil-public-key', name: 'רונית לוי', publicKey }));
    const imported = await host['keys:import']({ path: 'reviewer.tamhilkey' });
    expect(imported).toMatchObject({ ok: true, key: { name: 'רונית לוי', publicKey } });
    await writeFile(join(workspace, 'reviewer.tamhilkey'), JSON.stringify({ kind: 'tamhil-public-key', name: 'רונית לוי, מחוז צפון', publicKey }));
    await host['keys:import']({ path: 'reviewer.tamhilkey' });
    expect((await host['settings:get']({})).trustedKeys).toEqual([{ name: 'רונית לוי, מחוז צפון', publicKey }]);
    expect((await host['keys:forget']({ publicKey })).trustedKeys).toEqual([]);
  });

  it('refuse a file that is not a key, naming why, and a path of another kind', async () => {
    const { host, workspace } = await browserHost();
    await writeFile(join(workspace, 'broken.tamhilkey'), '{"kind":"tamhil-public-key","name":"x","publicKey":"short"}');
    expect(await host['keys:import']({ path: 'broken.tamhilkey' })).toMatchObject({ ok: false, name: 'broken.tamhilkey', error: { code: 'not-a-key' } });
    expect(await host['keys:import']({ path: 'missing.tamhilkey' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(host['keys:import']({ path: 'givat-hadkalim-2027.tamhil' })).rejects.toThrow();
    expect((await host['settings:get']({})).trustedKeys).toEqual([]);
  });

  it('remember who works and in which role', async () => {
    const { host } = await browserHost();
    expect(await host['settings:set-identity']({ userName: '  רונית לוי ', workingRole: 'reviewer' })).toMatchObject({ userName: 'רונית לוי', workingRole: 'reviewer' });
  });
});

describe('the installation’s trusted keys', () => {
  const keyFile = (name: string, publicKey: string) => JSON.stringify({ kind: 'tamhil-public-key', name, publicKey });

  it('are the key files in the data folder’s trusted-keys, each named with its file; one that cannot be read is listed with why', async () => {
    const { host, dataFolder } = await browserHost();
    const listed = join(dataFolder, 'trusted-keys');
    const ministry = createSigningKeys().publicKey;
    await mkdir(listed);
    await writeFile(join(listed, 'ministry.tamhilkey'), keyFile('מינהל אזרחים ותיקים', ministry));
    await writeFile(join(listed, 'short.tamhilkey'), keyFile('x', 'short'));
    await writeFile(join(listed, 'readme.txt'), 'keys the district sent');
    // A named pipe would wait for a writer for ever: it is refused without being opened.
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(listed, 'pipe.tamhilkey')]);
    const installation = await host['keys:installation']({});
    expect(installation.folders).toEqual([join(repositoryRoot, 'trusted-keys'), listed]);
    expect(installation.keys).toEqual([{ name: 'מינהל אזרחים ותיקים', publicKey: ministry, file: join(listed, 'ministry.tamhilkey') }]);
    expect(installation.problems).toEqual([
      ...(process.platform !== 'win32' ? [{ file: join(listed, 'pipe.tamhilkey'), error: { code: 'io', errno: ownProblemCodes.namedPipe } }] : []),
      { file: join(listed, 'short.tamhilkey'), error: { code: 'not-a-key', detail: expect.any(String) } },
    ]);
    // Never mixed into the imported keys, which the user can forget: these change only on disk.
    expect((await host['settings:get']({})).trustedKeys).toEqual([]);
  });

  it('are none while no trusted-keys folder exists', async () => {
    const { host } = await browserHost();
    expect(await host['keys:installation']({})).toMatchObject({ keys: [], problems: [] });
  });
});
