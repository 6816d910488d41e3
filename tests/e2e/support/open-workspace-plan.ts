import type { Page } from 'playwright-core';

/** Chooses a plan in the workspace folder through the Open dialog, as a user does; whether it opens is the caller's to see. */
export async function chooseWorkspacePlan(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: 'פתיחה' }).click();
  const dialog = page.getByRole('dialog', { name: 'פתיחת תכנית' });
  await dialog.getByRole('region', { name: 'תכניות בתיקיית העבודה' }).getByRole('button', { name: new RegExp(`${fileName.replace(/\.tamhil$/, '')}(?![-\\w])`) }).click();
}

/** Opens a plan from the workspace folder through the Open dialog and waits until it is the open plan. */
export async function openWorkspacePlan(page: Page, fileName: string): Promise<void> {
  await chooseWorkspacePlan(page, fileName);
  await page.getByText(fileName).waitFor();
}
