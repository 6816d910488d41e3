/**
 * The operating system's store for secrets (Keychain, Windows' data protection, a Linux
 * keyring), as the host sees it. The desktop app hands Electron's safeStorage in through this,
 * so the host stays plain Node and its tests use a fake; the browser host has none.
 */
export type SecretProtector = {
  /** Whether a secret sealed here is protected by the system rather than merely encoded. */
  available(): Promise<boolean>;
  seal(secret: string): Promise<Uint8Array>;
  /** The secret, and whether the system asks for it to be sealed again (its key was replaced). */
  open(sealed: Uint8Array): Promise<{ secret: string; sealAgain: boolean }>;
};
