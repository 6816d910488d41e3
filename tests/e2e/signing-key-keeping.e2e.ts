import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { dataLayout } from '@electron/host/user-data.ts';
import { createSigningKeys, keyFingerprint } from '@shared/review/approval-signature.ts';
import { AppSession } from './support/app-session.ts';

/**
 * The user is told how this installation's private key is kept. The browser host has no system
 * key store: its key stays in a file, and a key the desktop app sealed in the system's store is
 * shown with why it cannot sign here.
 */
describe('how the private key is kept', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await AppSession.start();
  });
  afterAll(async () => {
    await session?.stop();
  });

  async function signingKeys(page: Page) {
    await page.getByRole('navigation').getByRole('button', { name: 'בדיקה ואישור' }).click();
    const keys = page.getByRole('region', { name: 'מפתחות חתימה' });
    await keys.getByText('טביעת המפתח של ההתקנה הזו:').waitFor();
    return keys;
  }

  it('the browser host says its key is kept in a file only the user may read, with no system store protecting it', async () => {
    const keys = await signingKeys(await session.open());
    await keys.getByText('המפתח הפרטי שמור בקובץ בתיקיית הנתונים של תמהיל שרק המשתמש שלך רשאי לקרוא', { exact: false }).waitFor();
  });

  it('a key the desktop app sealed in the system’s store is shown, and the user is told it signs only in the desktop app', async () => {
    const { publicKey } = createSigningKeys();
    const keyFile = dataLayout(session.dataFolder).signingKeyFile;
    await mkdir(dirname(keyFile), { recursive: true });
    await writeFile(keyFile, JSON.stringify({ kind: 'tamhil-signing-key', keptBy: 'system-store', publicKey, sealedSecretKey: 'djExc2VhbGVk', created: '2026-01-05T09:00:00.000Z' }));
    await session.restart();
    const keys = await signingKeys(await session.open());
    await keys.getByText('שאין אליו גישה מכאן: אפשר לחתום בו רק ביישום השולחני', { exact: false }).waitFor();
    expect(await keys.getByText(keyFingerprint(publicKey)).count()).toBe(1);
  });
});
