import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './app-session.ts';

/**
 * One app session for a describe block, opened on the sample plan at a station, waiting for one
 * of its headings. The returned object fills in before the first test runs.
 */
export function sessionAtStation(station: RegExp, heading: string): { session: AppSession; page: Page } {
  const opened = sessionOnSample();
  beforeAll(async () => {
    await opened.page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: station }).click();
    await opened.page.getByRole('heading', { name: heading }).waitFor();
  });
  return opened;
}

/** One app session for a describe block, opened on the sample plan's details, at a window of the given size. */
export function sessionOnSample(viewport?: { width: number; height: number }): { session: AppSession; page: Page } {
  const opened = {} as { session: AppSession; page: Page };
  beforeAll(async () => {
    opened.session = await AppSession.start();
    opened.page = await opened.session.open();
    if (viewport) await opened.page.setViewportSize(viewport);
    await opened.page.getByLabel('רשות מקומית').waitFor();
  });
  afterAll(async () => opened.session?.stop());
  return opened;
}
