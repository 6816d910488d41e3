import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createNodeHost } from '@electron/host/node-host.ts';
import type { SecretProtector } from '@electron/host/secret-protector.ts';
import { SigningKeyStore } from '@electron/host/signing-key-store.ts';
import { dataLayout } from '@electron/host/user-data.ts';
import { createSigningKeys, verifyApproval } from '@shared/review/approval-signature.ts';
import { samplesFolder } from '../helpers/samples.ts';
import { tempFolders } from '../helpers/temp-folder.ts';

const temp = tempFolders();
afterEach(temp.removeAll);

const fields = {
  planId: 'givat-hadkalim-2027',
  authority: 'גבעת הדקלים',
  year: 2027,
  by: 'רונית לוי',
  at: '2026-12-03T10:00:00.000Z',
  contentHash: 'cd'.repeat(32),
  note: '',
};

/**
 * Stands in for the operating system's store: it seals by scrambling the bytes under a key of
 * its own, so a sealed secret never shows in the file, and can be told to be missing or to fail.
 */
class FakeKeyStore implements SecretProtector {
  isAvailable = true;
  failToSeal = false;
  failToOpen = false;
  /** A store that seals something other than what it was given (a broken keyring). */
  sealWrongly = false;
  askToSealAgain = false;
  storeKey = 0x5a;
  readonly sealedSecrets: string[] = [];

  async available() {
    return this.isAvailable;
  }

  async seal(secret: string) {
    if (this.failToSeal) throw new Error('the keyring is locked');
    this.sealedSecrets.push(secret);
    const bytes = Buffer.from(this.sealWrongly ? `${secret}!` : secret, 'utf8');
    return Buffer.concat([Buffer.from([this.storeKey]), bytes.map((byte) => byte ^ this.storeKey)]);
  }

  async open(sealed: Uint8Array) {
    if (this.failToOpen || sealed[0] === undefined) throw new Error('the keyring cannot decrypt this');
    const key = sealed[0];
    const secret = Buffer.from(sealed.subarray(1).map((byte) => byte ^ key)).toString('utf8');
    return { secret, sealAgain: this.askToSealAgain && key !== this.storeKey };
  }
}

async function keyFileIn(): Promise<string> {
  return join(await temp.make(), 'keys', 'approval-key.json');
}

/** Writes a key file: an object as JSON, a string as it is. */
async function writeKeyFile(file: string, content: unknown): Promise<string> {
  const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, { mode: 0o600 });
  return text;
}

/** A key file as every installation wrote it before the system's store was used. */
async function writeOldPlainKeyFile(file: string) {
  const keys = createSigningKeys();
  const text = await writeKeyFile(file, { kind: 'tamhil-signing-key', ...keys, created: '2026-01-05T09:00:00.000Z' });
  return { keys, text };
}

async function signsVerifiably(store: SigningKeyStore, publicKey: string): Promise<boolean> {
  const signed = await store.sign(fields);
  return signed.publicKey === publicKey && verifyApproval(fields, signed.signature, publicKey);
}

const leftovers = async (file: string) => (await readdir(dirname(file))).filter((name) => name !== 'approval-key.json');

describe('the approval key without the operating system’s store', () => {
  it('is made in a file readable by its owner only that says the key is kept there, and is the same on the next start', async () => {
    const file = await keyFileIn();
    const store = new SigningKeyStore(file);
    const publicKey = await store.publicKey();
    expect(await store.keeping()).toBe('file');
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ kind: 'tamhil-signing-key', keptBy: 'file', publicKey });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = new SigningKeyStore(file, null);
    expect(await again.publicKey()).toBe(publicKey);
    expect(await signsVerifiably(again, publicKey)).toBe(true);
  });

  it('keeps using a key file written before the store was used, leaving it as it is', async () => {
    const file = await keyFileIn();
    const { keys, text } = await writeOldPlainKeyFile(file);
    const store = new SigningKeyStore(file, null);
    expect(await store.keeping()).toBe('file');
    expect(await signsVerifiably(store, keys.publicKey)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('uses the file when the store says it protects nothing on this machine (Linux without a keyring)', async () => {
    const file = await keyFileIn();
    const keyring = new FakeKeyStore();
    keyring.isAvailable = false;
    const store = new SigningKeyStore(file, keyring);
    const publicKey = await store.publicKey();
    expect(await store.keeping()).toBe('file');
    expect(keyring.sealedSecrets).toEqual([]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ keptBy: 'file', publicKey });
  });
});

describe('the approval key with the operating system’s store', () => {
  it('is made sealed by the store: the file holds no secret, and the key signs again after a restart', async () => {
    const file = await keyFileIn();
    const keyring = new FakeKeyStore();
    const store = new SigningKeyStore(file, keyring);
    const publicKey = await store.publicKey();
    expect(await store.keeping()).toBe('system-store');
    const [secretKey] = keyring.sealedSecrets;
    const text = await readFile(file, 'utf8');
    expect(secretKey).toBeDefined();
    expect(text).not.toContain(secretKey);
    expect(JSON.parse(text)).toMatchObject({ kind: 'tamhil-signing-key', keptBy: 'system-store', publicKey });
    expect(JSON.parse(text)).not.toHaveProperty('secretKey');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const restarted = new SigningKeyStore(file, keyring);
    expect(await restarted.keeping()).toBe('system-store');
    expect(await signsVerifiably(restarted, publicKey)).toBe(true);
  });

  it('seals a plain key file it finds, keeping the same key, by one replacement that leaves nothing beside it', async () => {
    const file = await keyFileIn();
    const { keys } = await writeOldPlainKeyFile(file);
    const keyring = new FakeKeyStore();
    const store = new SigningKeyStore(file, keyring);
    expect(await store.keeping()).toBe('system-store');
    expect(await signsVerifiably(store, keys.publicKey)).toBe(true);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(keys.secretKey);
    expect(JSON.parse(text)).toMatchObject({ keptBy: 'system-store', publicKey: keys.publicKey, created: '2026-01-05T09:00:00.000Z' });
    expect(await leftovers(file)).toEqual([]);
    expect(await signsVerifiably(new SigningKeyStore(file, keyring), keys.publicKey)).toBe(true);
  });

  it('leaves a plain key file exactly as it was when the store fails to seal it, and keeps signing with it', async () => {
    const file = await keyFileIn();
    const { keys, text } = await writeOldPlainKeyFile(file);
    const keyring = new FakeKeyStore();
    keyring.failToSeal = true;
    const store = new SigningKeyStore(file, keyring);
    expect(await store.keeping()).toBe('file');
    expect(await signsVerifiably(store, keys.publicKey)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await leftovers(file)).toEqual([]);
  });

  it('does not write a sealed copy that does not open to the same secret', async () => {
    const file = await keyFileIn();
    const { keys, text } = await writeOldPlainKeyFile(file);
    const keyring = new FakeKeyStore();
    keyring.sealWrongly = true;
    const store = new SigningKeyStore(file, keyring);
    expect(await store.keeping()).toBe('file');
    expect(await signsVerifiably(store, keys.publicKey)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('seals the key again when the store has replaced its own key', async () => {
    const file = await keyFileIn();
    const keyring = new FakeKeyStore();
    const publicKey = await new SigningKeyStore(file, keyring).publicKey();
    const before = await readFile(file, 'utf8');
    keyring.storeKey = 0x33;
    keyring.askToSealAgain = true;
    const store = new SigningKeyStore(file, keyring);
    expect(await signsVerifiably(store, publicKey)).toBe(true);
    const after = await readFile(file, 'utf8');
    expect(after).not.toBe(before);
    keyring.askToSealAgain = false;
    expect(await signsVerifiably(new SigningKeyStore(file, keyring), publicKey)).toBe(true);
  });
});

describe('a sealed approval key where it cannot be opened', () => {
  it('shows its public half where the store cannot be reached (the browser host) but refuses to sign, naming why', async () => {
    const file = await keyFileIn();
    const publicKey = await new SigningKeyStore(file, new FakeKeyStore()).publicKey();
    const text = await readFile(file, 'utf8');
    const browser = new SigningKeyStore(file, null);
    expect(await browser.publicKey()).toBe(publicKey);
    expect(await browser.keeping()).toBe('system-store-unreachable');
    await expect(browser.sign(fields)).rejects.toThrow(/key store, which cannot be reached here: sign in the desktop app/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('is never replaced when the store fails to open it: the user is told and the file stays', async () => {
    const file = await keyFileIn();
    const keyring = new FakeKeyStore();
    await new SigningKeyStore(file, keyring).publicKey();
    const text = await readFile(file, 'utf8');
    keyring.failToOpen = true;
    const store = new SigningKeyStore(file, keyring);
    await expect(store.publicKey()).rejects.toThrow(/could not open the approval key in .*approval-key\.json; it was left as it is/);
    await expect(store.sign(fields)).rejects.toThrow(/could not open/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it.each([
    ['not JSON', 'approval key'],
    ['a sealed key without its sealed secret', { kind: 'tamhil-signing-key', keptBy: 'system-store', publicKey: createSigningKeys().publicKey, created: '' }],
    ['a secret that is not the public key’s', { kind: 'tamhil-signing-key', keptBy: 'file', secretKey: createSigningKeys().secretKey, publicKey: createSigningKeys().publicKey, created: '' }],
    ['a way of keeping it that Tamhil does not know', { kind: 'tamhil-signing-key', keptBy: 'cloud', secretKey: 'AAAA', publicKey: 'BBBB', created: '' }],
  ])('refuses a key file holding %s and leaves it as it is', async (_what, content) => {
    const file = await keyFileIn();
    const written = await writeKeyFile(file, content);
    const store = new SigningKeyStore(file, new FakeKeyStore());
    await expect(store.publicKey()).rejects.toThrow(/cannot be read; it was left as it is/);
    expect(await readFile(file, 'utf8')).toBe(written);
  });
});

describe('the host’s own key', () => {
  it('tells the page how the secret half is kept', async () => {
    const dataFolder = await temp.make();
    const host = async (secretProtector?: SecretProtector) =>
      (await createNodeHost({ transport: 'electron', version: 'test', dataFolder, samplesFolder, settingsBackend: () => ({ store: {} }), dialogs: null, ...(secretProtector ? { secretProtector } : {}) })).host;
    const desktop = await host(new FakeKeyStore());
    const { publicKey, keeping } = await desktop['keys:own']({});
    expect(keeping).toBe('system-store');
    expect(JSON.parse(await readFile(dataLayout(dataFolder).signingKeyFile, 'utf8'))).toMatchObject({ keptBy: 'system-store', publicKey });
    expect(await (await host())['keys:own']({})).toEqual({ publicKey, keeping: 'system-store-unreachable' });
  });
});
