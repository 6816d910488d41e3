import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { createSigningKeys, publicKeyOf, signApproval, type ApprovalFields, type SigningKeys } from '@shared/review/approval-signature.ts';
import { writeFileAtomic } from './atomic-write.ts';

const KeyFileSchema = z.object({ kind: z.literal('tamhil-signing-key'), secretKey: z.string().min(1), publicKey: z.string().min(1), created: z.string() });

export class SigningKeyUnreadableError extends Error {}

/**
 * This installation's approval key, in the data folder and readable by its owner only. It is made
 * on first use. A key file that cannot be read is never replaced: approvals signed with it would
 * stop verifying, so the user is told instead.
 */
export class SigningKeyStore {
  private keys: Promise<SigningKeys> | null = null;

  constructor(private readonly file: string) {}

  publicKey(): Promise<string> {
    return this.load().then((keys) => keys.publicKey);
  }

  async sign(fields: ApprovalFields): Promise<{ signature: string; publicKey: string }> {
    const keys = await this.load();
    return { signature: signApproval(fields, keys.secretKey), publicKey: keys.publicKey };
  }

  private load(): Promise<SigningKeys> {
    this.keys ??= this.readOrCreate().catch((error: unknown) => {
      this.keys = null;
      throw error;
    });
    return this.keys;
  }

  private async readOrCreate(): Promise<SigningKeys> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const keys = createSigningKeys();
      await mkdir(dirname(this.file), { recursive: true });
      const content = { kind: 'tamhil-signing-key', ...keys, created: new Date().toISOString() };
      await writeFileAtomic(this.file, `${JSON.stringify(content, null, 2)}\n`, { backup: false, mode: 0o600 });
      return keys;
    }
    const parsed = KeyFileSchema.safeParse(safeJson(text));
    if (!parsed.success || !matches(parsed.data)) {
      throw new SigningKeyUnreadableError(`the approval key file ${this.file} cannot be read; it was left as it is`);
    }
    return { secretKey: parsed.data.secretKey, publicKey: parsed.data.publicKey };
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
