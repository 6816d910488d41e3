import { describe, expect, it } from 'vitest';
import { safeStorageProtector } from '@electron/safe-storage-protector.ts';

/**
 * Stands in for Electron's safeStorage: `tag` is what Chromium puts before what it sealed
 * ("v10" on Linux when no keyring answered and its built-in password was used, "v11" with a keyring).
 */
function fakeSafeStorage({ store = 'there' as 'there' | 'missing' | 'silent', tag = 'v11', reEncrypt = false } = {}) {
  const asked = { availability: 0 };
  return {
    asked,
    isAsyncEncryptionAvailable: async () => {
      asked.availability += 1;
      if (store === 'silent') throw new Error('the keyring did not answer');
      return store === 'there';
    },
    encryptStringAsync: async (text: string) => Buffer.concat([Buffer.from(tag), Buffer.from(text, 'utf8').reverse()]),
    decryptStringAsync: async (sealed: Buffer) => ({ result: Buffer.from(sealed.subarray(tag.length)).reverse().toString('utf8'), shouldReEncrypt: reEncrypt }),
  } as const;
}

describe('Electron’s safeStorage as the approval key’s protector', () => {
  it('protects where the system says it can on Windows and macOS, sealing and opening through it', async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const protector = safeStorageProtector(fakeSafeStorage({ tag: 'v10' }), platform);
      expect(await protector.available(), platform).toBe(true);
      const sealed = await protector.seal('secret half');
      expect(Buffer.from(sealed).toString('utf8')).not.toContain('secret half');
      expect(await protector.open(sealed)).toEqual({ secret: 'secret half', sealAgain: false });
    }
  });

  it('on Linux protects only when a keyring sealed the probe, not Chromium’s built-in password', async () => {
    expect(await safeStorageProtector(fakeSafeStorage({ tag: 'v11' }), 'linux').available()).toBe(true);
    expect(await safeStorageProtector(fakeSafeStorage({ tag: 'v10' }), 'linux').available()).toBe(false);
  });

  it('protects nothing when the system has no store or does not answer', async () => {
    expect(await safeStorageProtector(fakeSafeStorage({ store: 'missing' }), 'darwin').available()).toBe(false);
    expect(await safeStorageProtector(fakeSafeStorage({ store: 'silent' }), 'win32').available()).toBe(false);
  });

  it('asks the system once, and passes on its wish to seal again after it replaced its key', async () => {
    const safeStorage = fakeSafeStorage({ reEncrypt: true });
    const protector = safeStorageProtector(safeStorage, 'win32');
    await protector.available();
    await protector.available();
    expect(safeStorage.asked.availability).toBe(1);
    expect((await protector.open(await protector.seal('x'))).sealAgain).toBe(true);
  });
});
