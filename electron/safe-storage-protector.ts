import type { SafeStorage } from 'electron';
import type { SecretProtector } from './host/secret-protector.ts';

/**
 * Chromium's tag for data sealed with its built-in Linux password, used where no keyring
 * answers: such data is encoded, not protected, so Tamhil keeps its file fallback and says so.
 */
const unprotectedLinuxTag = 'v10';

type AsyncSafeStorage = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'>;

/**
 * Electron's safeStorage as the host's secret protector, through its asynchronous calls (the
 * synchronous ones are deprecated and go in Electron 46). Whether it protects anything is asked
 * once: on Linux a probe shows whether a keyring sealed it or the built-in password did.
 */
export function safeStorageProtector(safeStorage: AsyncSafeStorage, platform: NodeJS.Platform = process.platform): SecretProtector {
  let protects: Promise<boolean> | null = null;
  async function check(): Promise<boolean> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    if (platform !== 'linux') return true;
    const probe = await safeStorage.encryptStringAsync('tamhil');
    return probe.subarray(0, unprotectedLinuxTag.length).toString('latin1') !== unprotectedLinuxTag;
  }
  return {
    available: () => (protects ??= check().catch(() => false)),
    seal: (secret) => safeStorage.encryptStringAsync(secret),
    async open(sealed) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(sealed));
      return { secret: result, sealAgain: shouldReEncrypt };
    },
  };
}
