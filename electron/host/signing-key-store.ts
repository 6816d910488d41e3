import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { KeyKeeping } from '@shared/host-api.ts';
import { createSigningKeys, publicKeyOf, signApproval, type ApprovalFields, type SigningKeys } from '@shared/review/approval-signature.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readRegularFile } from './regular-file.ts';
import type { SecretProtector } from './secret-protector.ts';

/** A key file holds two keys and a date, sealed or not: a few kilobytes at most. */
const keyFileSizeLimit = 64 * 1024;

const keyFileFields = { kind: z.literal('tamhil-signing-key'), publicKey: z.string().min(1), created: z.string() };
/** The secret half sealed by the operating system's store, in base64. */
const SealedKeyFileSchema = z.object({ ...keyFileFields, keptBy: z.literal('system-store'), sealedSecretKey: z.string().min(1) });
/** The secret half in the file itself; files written before the system store was used say nothing of how. */
const PlainKeyFileSchema = z.object({ ...keyFileFields, keptBy: z.literal('file').optional(), secretKey: z.string().min(1) });
const KeyFileSchema = z.union([SealedKeyFileSchema, PlainKeyFileSchema]);
type SealedKeyFile = z.infer<typeof SealedKeyFileSchema>;
type PlainKeyFile = z.infer<typeof PlainKeyFileSchema>;
type KeyFile = z.infer<typeof KeyFileSchema>;

/** The key as this host holds it; no secret when the system store that sealed it cannot be reached here. */
type HeldKey = { publicKey: string; keeping: KeyKeeping; secretKey: string | null };

export class SigningKeyUnreadableError extends Error {}

/**
 * This installation's approval key, in the data folder, made on first use. Its secret half is
 * sealed by the operating system's store where the host is given one; otherwise it stays in the
 * file, readable by its owner only, and the file says so. A plain file is sealed once a store is
 * there, by one atomic replacement, so the key exists whole at every moment. A key file that
 * cannot be read is never replaced: approvals signed with it would stop verifying, so the user
 * is told instead.
 */
export class SigningKeyStore {
  private held: Promise<HeldKey> | null = null;

  constructor(
    private readonly file: string,
    private readonly protector: SecretProtector | null = null,
  ) {}

  publicKey(): Promise<string> {
    return this.load().then((key) => key.publicKey);
  }

  /** How the secret half is kept, for the line that tells the user. */
  keeping(): Promise<KeyKeeping> {
    return this.load().then((key) => key.keeping);
  }

  async sign(fields: ApprovalFields): Promise<{ signature: string; publicKey: string }> {
    const key = await this.load();
    if (key.secretKey === null) {
      throw new SigningKeyUnreadableError('the approval key is kept in the operating system’s key store, which cannot be reached here: sign in the desktop app');
    }
    return { signature: signApproval(fields, key.secretKey), publicKey: key.publicKey };
  }

  private load(): Promise<HeldKey> {
    this.held ??= this.readOrCreate().catch((error: unknown) => {
      this.held = null;
      throw error;
    });
    return this.held;
  }

  /** The system's store, when the host was given one and it protects secrets on this machine now. */
  private async store(): Promise<SecretProtector | null> {
    return this.protector && (await this.protector.available()) ? this.protector : null;
  }

  private async readOrCreate(): Promise<HeldKey> {
    // Only a regular file of a key's size is read: a pipe put in its place would hang the host.
    const read = await readRegularFile(this.file, { limit: keyFileSizeLimit });
    if (!read.ok) {
      if (read.error.code === 'not-found') return this.create();
      throw this.unreadable();
    }
    const text = read.bytes.toString('utf8');
    const parsed = KeyFileSchema.safeParse(safeJson(text));
    if (!parsed.success) throw this.unreadable();
    return parsed.data.keptBy === 'system-store' ? this.openSealed(parsed.data) : this.readPlain(parsed.data);
  }

  private async create(): Promise<HeldKey> {
    const keys = createSigningKeys();
    await mkdir(dirname(this.file), { recursive: true });
    const created = new Date().toISOString();
    if (await this.writeSealed(keys, created)) return { ...keys, keeping: 'system-store' };
    await this.write({ kind: 'tamhil-signing-key', keptBy: 'file', ...keys, created });
    return { ...keys, keeping: 'file' };
  }

  private async readPlain(file: PlainKeyFile): Promise<HeldKey> {
    const keys = { secretKey: file.secretKey, publicKey: file.publicKey };
    if (!matches(keys)) throw this.unreadable();
    return { ...keys, keeping: (await this.writeSealed(keys, file.created)) ? 'system-store' : 'file' };
  }

  private async openSealed(file: SealedKeyFile): Promise<HeldKey> {
    const store = await this.store();
    if (!store) return { publicKey: file.publicKey, secretKey: null, keeping: 'system-store-unreachable' };
    let opened: { secret: string; sealAgain: boolean };
    try {
      opened = await store.open(Buffer.from(file.sealedSecretKey, 'base64'));
    } catch {
      throw new SigningKeyUnreadableError(`the operating system’s key store could not open the approval key in ${this.file}; it was left as it is`);
    }
    const keys = { secretKey: opened.secret, publicKey: file.publicKey };
    if (!matches(keys)) throw this.unreadable();
    // The store replaced its own key: sealing again keeps the file readable after the old one goes.
    if (opened.sealAgain) await this.writeSealed(keys, file.created);
    return { ...keys, keeping: 'system-store' };
  }

  /**
   * Replaces the key file, by one rename, with one whose secret the system's store sealed and
   * was seen to open again. False, with the file as it was, when there is no store or it fails.
   */
  private async writeSealed(keys: SigningKeys, created: string): Promise<boolean> {
    const store = await this.store();
    if (!store) return false;
    try {
      const sealed = await store.seal(keys.secretKey);
      if ((await store.open(sealed)).secret !== keys.secretKey) return false;
      await this.write({ kind: 'tamhil-signing-key', keptBy: 'system-store', publicKey: keys.publicKey, sealedSecretKey: Buffer.from(sealed).toString('base64'), created });
      return true;
    } catch {
      return false;
    }
  }

  private write(content: KeyFile): Promise<void> {
    return writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`, { backup: false, mode: 0o600 });
  }

  private unreadable(): SigningKeyUnreadableError {
    return new SigningKeyUnreadableError(`the approval key file ${this.file} cannot be read; it was left as it is`);
  }
}

/** Whether the public half is the secret half's: a damaged secret fails here, not at the first signature. */
function matches(keys: SigningKeys): boolean {
  try {
    return publicKeyOf(keys.secretKey) === keys.publicKey;
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
