import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { submitPlan } from '@shared/commands/review-commands.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { createSigningKeys } from '@shared/review/approval-signature.ts';
import { planContentHash } from '@shared/review/content-hash.ts';
import { shortHex } from '@shared/review/short-hex.ts';
import { approvedWith, forgedApproval, teamAct } from '../helpers/approvals.ts';
import { finishedSamplePlan } from '../helpers/samples.ts';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';

const planFile = 'givat-hadkalim-2027.tamhil';
const fingerprintPattern = /[0-9a-f]{4}(?: [0-9a-f]{4}){3}/;

const openReview = async (page: Page) => {
  await page.getByRole('navigation').getByRole('button', { name: 'בדיקה ואישור' }).click();
  await page.getByRole('heading', { name: 'בדיקה ואישור', level: 1 }).waitFor();
};

describe('signing an approval in the browser', () => {
  let session: AppSession;
  let page: Page;
  const submitted = submitPlan(finishedSamplePlan(), teamAct);

  beforeAll(async () => {
    session = await AppSession.start();
    await writeFile(join(session.workspace, planFile), serializePlan(submitted));
    page = await session.open();
    await openReview(page);
    await page.getByRole('radio', { name: 'בודק/ת מטעם המשרד' }).check();
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').fill('רונית לוי');
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').press('Tab');
  });
  afterAll(async () => session?.stop());

  it('asks first, naming the authority, the year, the content hash and the signing key; cancelling signs nothing', async () => {
    const ownKey = fingerprintPattern.exec((await page.getByText('טביעת המפתח של ההתקנה הזו:').textContent()) ?? '')![0];
    await page.getByLabel('הערה לצוות (נרשמת עם ההחזרה או האישור)').fill('התכנית מאושרת.');
    await page.getByRole('button', { name: 'אישור וחתימה' }).click();
    const question = page.getByRole('dialog', { name: 'לחתום על האישור?' });
    await question.waitFor();
    const asked = (await question.textContent()) ?? '';
    for (const named of ['גבעת הדקלים', '2027', shortHex(planContentHash(submitted)), ownKey]) expect(asked).toContain(named);
    expect(await question.getByRole('button', { name: 'ביטול' }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await question.getByRole('button', { name: 'ביטול' }).click();
    await question.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'סטטוס התכנית: הוגשה לבדיקה' }).waitFor();
    expect(await page.getByRole('table', { name: 'רישום הפעולות' }).getByRole('row').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'ביטול פעולה' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('הערה לצוות (נרשמת עם ההחזרה או האישור)').inputValue()).toBe('התכנית מאושרת.');
  });

  it('signs on "Sign"; a key this installation does not trust reads "approval not verified", saying why', async () => {
    await page.getByRole('button', { name: 'אישור וחתימה' }).click();
    await page.getByRole('dialog', { name: 'לחתום על האישור?' }).getByRole('button', { name: 'חתימה' }).click();
    await page.getByRole('button', { name: 'סטטוס התכנית: האישור לא אומת' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'המפתח אינו מהימן' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'האישור', exact: true }).textContent()).toContain('החתימה תקינה, אבל המפתח שחתם');
    expect(await page.getByRole('table', { name: 'רישום הפעולות' }).getByRole('row').count()).toBe(3);
  });
});

describe('a forged approval in the cluster view', () => {
  let session: AppSession;
  let page: Page;
  const ministry = createSigningKeys();
  const approved = approvedWith(finishedSamplePlan(), ministry);
  const raiseBudget = (plan: Plan): Plan => ({ ...plan, details: { ...plan.details, communityBudget: plan.details.communityBudget + 1_000_000 } });
  const neighbour = { ...approved, id: 'neve-alon-2027', details: { ...approved.details, authority: 'נווה אלון' } };

  beforeAll(async () => {
    session = await AppSession.start();
    // The ministry's key on the installation's trusted list, as an administrator puts it there.
    await mkdir(join(session.dataFolder, 'trusted-keys'));
    await writeFile(join(session.dataFolder, 'trusted-keys', 'ministry.tamhilkey'), JSON.stringify({ kind: 'tamhil-public-key', name: 'מינהל אזרחים ותיקים', publicKey: ministry.publicKey }));
    const folder = join(session.workspace, 'אשכול-הגליל');
    await mkdir(folder);
    await writeFile(join(folder, 'givat-hadkalim.tamhil'), serializePlan(approved));
    // Edited after approval, re-hashed and signed again with a key made a minute earlier.
    await writeFile(join(folder, 'neve-alon.tamhil'), serializePlan(forgedApproval(neighbour, raiseBudget)));
    page = await session.open();
  });
  afterAll(async () => session?.stop());

  it('shows the plan signed with the trusted ministry key as approved, and the forged one as not verified, with why', async () => {
    await page.getByRole('button', { name: 'פתיחת תיקיית אשכול' }).click();
    await page.getByRole('region', { name: 'בחירת תיקיית אשכול' }).getByRole('button', { name: /אשכול-הגליל/ }).click();
    const table = page.getByRole('table', { name: 'התכניות בתיקייה' });
    await table.waitFor();
    const statusOf = async (authority: RegExp) => (await table.getByRole('row', { name: authority }).getByRole('cell').nth(1).textContent()) ?? '';
    expect(await statusOf(/^גבעת הדקלים/)).toBe('אושרה');
    const forged = await statusOf(/^נווה אלון/);
    expect(forged).toContain('האישור לא אומת');
    expect(forged).toContain('המפתח אינו מהימן');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists the installation’s trusted key, with where it comes from, beside the imported ones', async () => {
    await openReview(page);
    const keys = page.getByRole('region', { name: 'מפתחות חתימה' });
    await keys.getByRole('heading', { name: 'מפתחות המשרד שההתקנה נותנת בהם אמון' }).waitFor();
    const text = (await keys.textContent()) ?? '';
    expect(text).toContain('מינהל אזרחים ותיקים');
    expect(text).toContain(join(session.dataFolder, 'trusted-keys'));
  });
});
