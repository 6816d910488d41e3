import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './app-session.ts';

/**
 * One app session for a describe block, opened on the sample plan at a station, waiting for one
 * of its headings. The returned object fills in before the first test runs.
 */
export function sessionAtStation(station: RegExp, heading: string): { session: AppSession; page: Page } {
  const opened = {} as { session: AppSession; page: Page };
  beforeAll(async () => {
    opened.session = await AppSession.start();
    opened.page = await opened.session.open();
    await opened.page.getByLabel('רשות מקומית').waitFor();
    await opened.page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: station }).click();
    await opened.page.getByRole('heading', { name: heading }).waitFor();
  });
  afterAll(async () => opened.session?.stop());
  return opened;
}
