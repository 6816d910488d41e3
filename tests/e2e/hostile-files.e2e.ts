import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { chooseWorkspacePlan } from './support/open-workspace-plan.ts';
import { edited, nestedArrays, withRawJson } from '../hostile/plan-text.ts';

let session: AppSession;
let page: Page;

beforeEach(async () => {
  session = await AppSession.start();
  page = await session.open();
  await page.getByLabel('רשות מקומית').waitFor();
});
afterEach(async () => session?.stop());

describe('hostile plan files in the app', () => {
  it.each([
    {
      name: 'nested',
      content: withRawJson((plan, marker) => (plan.review.submittedPlan = { schemaVersion: 2, deep: marker }), nestedArrays(3_000)),
      says: 'מקוננת לעומק 3,003 רמות, יותר מ־32 הרמות שתכנית יכולה להכיל',
    },
    {
      name: 'reserved',
      content: edited((plan) => (plan.budgetColumns = [{ id: 'constructor', label: 'הסעות', formula: null }])),
      says: 'הוא שם שמור, שאינו יכול לשמש מזהה',
    },
  ])('says why the $name plan cannot be opened, leaves it untouched, and keeps the open plan', async ({ name, content, says }) => {
    await writeFile(join(session.workspace, `${name}.tamhil`), content);
    await chooseWorkspacePlan(page, name);
    const alert = page.getByRole('alert').filter({ hasText: 'לא ניתן לפתוח' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(says);
    expect(await readFile(join(session.workspace, `${name}.tamhil`), 'utf8')).toBe(content);
    expect(await page.getByLabel('רשות מקומית').inputValue()).toBe('גבעת הדקלים');
  });
});
