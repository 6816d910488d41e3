import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { finishedSamplePlan } from '../helpers/samples.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { seriousViolations } from './support/axe.ts';

const planFile = 'givat-hadkalim-2027.tamhil';
const phone = 'קו טלפוני יזום "שלום, מה שלומך?"';
const reviewerName = 'רונית לוי, מינהל אזרחים ותיקים';

/**
 * The plan travels as a file between two machines: the authority's team and the ministry's
 * reviewer, each with its own data folder, settings and signing key. Copying the file from one
 * workspace to the other stands for the mail.
 */
describe('a plan submitted, commented, returned, resubmitted and approved', () => {
  let team: AppSession;
  let reviewer: AppSession;
  let teamPage: Page;
  let reviewerPage: Page;

  const send = (from: AppSession, to: AppSession, name = planFile) => copyFile(join(from.workspace, name), join(to.workspace, name));
  const save = async (page: Page) => {
    await page.getByRole('button', { name: 'שמירה', exact: true }).click();
    await page.getByText('כל השינויים נשמרו').waitFor();
  };
  const openReview = async (page: Page) => {
    await page.getByRole('navigation').getByRole('button', { name: 'בדיקה ואישור' }).click();
    await page.getByRole('heading', { name: 'בדיקה ואישור', level: 1 }).waitFor();
  };
  const setName = async (page: Page, name: string) => {
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').fill(name);
    await page.getByLabel('שמך (נרשם בכל פעולה והערה)').press('Tab');
  };
  /** The app opens the most recent plan on start: the file as it arrived. */
  const reopen = async (page: Page) => {
    await page.reload();
    await page.getByLabel('רשות מקומית').waitFor();
  };

  beforeAll(async () => {
    team = await AppSession.start();
    reviewer = await AppSession.start();
    // The team has finished every station: submission asks that first (the empty plan's refusal is tested in screens.e2e.ts).
    await writeFile(join(team.workspace, planFile), serializePlan(finishedSamplePlan()));
    teamPage = await team.open();
    await teamPage.getByLabel('רשות מקומית').waitFor();
    reviewerPage = await reviewer.open();
    await reviewerPage.getByLabel('רשות מקומית').waitFor();
  });
  afterAll(async () => {
    await team?.stop();
    await reviewer?.stop();
  });

  it('the team submits: the header shows it, and the act records who and the content hash', async () => {
    await openReview(teamPage);
    await setName(teamPage, 'מיכל כהן, רכזת המדור');
    expect(await seriousViolations(teamPage)).toEqual([]);
    await teamPage.getByRole('button', { name: 'הגשה לבדיקה' }).click();
    await teamPage.getByRole('button', { name: 'סטטוס התכנית: הוגשה לבדיקה' }).waitFor();
    const log = teamPage.getByRole('table', { name: 'רישום הפעולות' });
    expect(await log.getByRole('row').nth(1).textContent()).toContain('מיכל כהן, רכזת המדור (צוות התכנון ברשות)');
    await save(teamPage);
    await send(team, reviewer);
  });

  it('the reviewer reads it read-only, comments on a budget cell and returns it with a note', async () => {
    await reopen(reviewerPage);
    await reviewerPage.getByRole('button', { name: 'סטטוס התכנית: הוגשה לבדיקה' }).waitFor();
    await openReview(reviewerPage);
    await reviewerPage.getByRole('radio', { name: 'בודק/ת מטעם המשרד' }).check();
    await reviewerPage.getByText('מצב בדיקה: התכנית לקריאה בלבד', { exact: false }).waitFor();
    await setName(reviewerPage, reviewerName);

    await reviewerPage.getByRole('navigation').getByRole('button', { name: 'פרטי התכנית' }).click();
    await reviewerPage.getByLabel('התקציב המיועד לקהילה (₪)').fill('9,000,000');
    await reviewerPage.getByText('במצב בדיקה אין לשנות את התכנית', { exact: false }).waitFor();
    await reviewerPage.getByLabel('התקציב המיועד לקהילה (₪)').press('Tab');
    expect(await reviewerPage.getByRole('button', { name: 'ביטול פעולה' }).isDisabled()).toBe(true);

    await openReview(reviewerPage);
    await reviewerPage.getByLabel('על מה ההערה').selectOption({ label: `שירות: ${phone}` });
    await reviewerPage.getByLabel('תא בטבלת התקציב (לא חובה)').selectOption({ label: 'עלות ליחידה' });
    await reviewerPage.getByLabel('נוסח ההערה').fill('עלות השיחה גבוהה מזו של שאר רשויות האשכול. נא לבדוק.');
    await reviewerPage.getByRole('button', { name: 'הוספת הערה' }).click();
    const thread = reviewerPage.getByRole('article', { name: `הערה על: תא בתקציב: ${phone} · עלות ליחידה` });
    expect(await thread.textContent()).toContain('(בודק/ת מטעם המשרד)');
    expect(await seriousViolations(reviewerPage)).toEqual([]);
    await reviewerPage.getByLabel('הערה לצוות (נרשמת עם ההחזרה או האישור)').fill('נא להתייחס להערה על הקו הטלפוני.');
    await reviewerPage.getByRole('button', { name: 'החזרה לתיקונים' }).click();
    await reviewerPage.getByRole('button', { name: 'סטטוס התכנית: הוחזרה לתיקונים' }).waitFor();

    await reviewerPage.getByLabel('שם למפתח המיוצא (למשל שם הבודק/ת והמחוז)').fill('רונית לוי');
    await reviewerPage.getByRole('button', { name: 'ייצוא המפתח הציבורי…' }).click();
    const saveKey = reviewerPage.getByRole('dialog', { name: 'שמירת המפתח הציבורי' });
    await saveKey.getByLabel('שם הקובץ').fill('רונית לוי');
    await saveKey.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
    await reviewerPage.getByText('המפתח הציבורי נשמר בשם', { exact: false }).waitFor();
    expect(await readdir(reviewer.workspace)).toContain('רונית לוי.tamhilkey');
    await save(reviewerPage);
    await send(reviewer, team);
    await send(reviewer, team, 'רונית לוי.tamhilkey');
  });

  it('the team sees the comment, answers it, changes the plan, imports the reviewer’s key and resubmits', async () => {
    await reopen(teamPage);
    await teamPage.getByRole('button', { name: 'סטטוס התכנית: הוחזרה לתיקונים' }).click();
    const thread = teamPage.getByRole('article', { name: `הערה על: תא בתקציב: ${phone} · עלות ליחידה` });
    await thread.getByLabel(/^תשובה להערה על/).fill('הוזלנו: השיחות יתבצעו בידי מתנדבים מיומנים.');
    await thread.getByRole('button', { name: 'שליחת תשובה' }).click();
    await thread.getByRole('button', { name: 'סימון כטופלה' }).click();
    expect(await thread.textContent()).toContain('טופלה');
    expect(await thread.getByRole('listitem').count()).toBe(2);

    await thread.getByRole('button', { name: 'מעבר אל הפריט' }).click();
    await teamPage.getByRole('navigation').getByRole('button', { name: 'פרטי התכנית' }).click();
    await teamPage.getByLabel('התקציב המיועד לקהילה (₪)').fill('5,100,000');
    await teamPage.getByLabel('התקציב המיועד לקהילה (₪)').press('Tab');

    await openReview(teamPage);
    await teamPage.getByRole('button', { name: 'ייבוא מפתח ציבורי…' }).click();
    await teamPage.getByRole('dialog', { name: 'בחירת קובץ מפתח' }).getByRole('button', { name: /רונית לוי/ }).click();
    await teamPage.getByText('המפתח "רונית לוי" יובא.').waitFor();
    await teamPage.getByRole('button', { name: 'הגשה לבדיקה' }).click();
    await teamPage.getByRole('button', { name: 'סטטוס התכנית: הוגשה לבדיקה' }).waitFor();
    await save(teamPage);
    await send(team, reviewer);
  });

  it('the reviewer, still in review mode, sees the package with what changed since the last submission, and approves', async () => {
    await reopen(reviewerPage);
    await reviewerPage.getByText('מצב בדיקה: התכנית לקריאה בלבד', { exact: false }).waitFor();
    await openReview(reviewerPage);
    await reviewerPage.getByRole('button', { name: 'הכנת חבילת הבודק' }).click();
    const checklist = reviewerPage.getByRole('table', { name: 'רשימת בדיקה' });
    expect(await checklist.getByRole('row', { name: /פיתוח עצמי בתוך המגבלה/ }).textContent()).toContain('עומדת');
    const packageRegion = reviewerPage.getByRole('region', { name: 'חבילת הבודק' });
    await expect.poll(() => packageRegion.textContent()).toContain('details.communityBudget');
    expect(await packageRegion.textContent()).toContain('5,100,000');
    await reviewerPage.getByRole('button', { name: 'בחירת תכנית להשוואה…' }).click();
    await reviewerPage.getByRole('dialog', { name: 'בחירת תכנית להשוואה' }).getByRole('button', { name: /over-limit/ }).click();
    const beside = packageRegion.getByRole('heading', { name: 'מול \u2068givat-hadkalim-2027-over-limit\u2069' });
    await beside.waitFor();
    expect(await packageRegion.textContent()).toContain('services[svc-knitting-group]');
    expect(await seriousViolations(reviewerPage)).toEqual([]);
    await reviewerPage.getByLabel('הערה לצוות (נרשמת עם ההחזרה או האישור)').fill('התכנית מאושרת.');
    await reviewerPage.getByRole('button', { name: 'אישור וחתימה' }).click();
    // The browser has no system dialog: the page asks before the key signs (approval-trust.e2e.ts tests the question).
    await reviewerPage.getByRole('dialog', { name: 'לחתום על האישור?' }).getByRole('button', { name: 'חתימה' }).click();
    // The reviewer's own installation has not imported its own key: it does not take its own word for it.
    await reviewerPage.getByRole('button', { name: 'סטטוס התכנית: האישור לא אומת' }).waitFor();
    await reviewerPage.getByText(`התכנית אושרה על ידי ${reviewerName}`, { exact: false }).waitFor();
    await save(reviewerPage);
    await send(reviewer, team);
  });

  it('the team sees a trusted, unchanged approval; one edit later everyone sees "changed since approval" and what changed', async () => {
    await reopen(teamPage);
    await teamPage.getByRole('button', { name: 'סטטוס התכנית: אושרה' }).click();
    const banner = teamPage.getByRole('region', { name: 'האישור', exact: true });
    expect(await banner.textContent()).toContain('ולא שונתה מאז');
    expect(await banner.textContent()).toContain('החתימה תקינה, במפתח "רונית לוי"');
    expect(await teamPage.getByText('שונתה מאז האישור', { exact: true }).count()).toBe(0);

    await teamPage.getByRole('navigation').getByRole('button', { name: 'פרטי התכנית' }).click();
    await teamPage.getByLabel('התקציב המיועד לקהילה (₪)').fill('5,150,000');
    await teamPage.getByLabel('התקציב המיועד לקהילה (₪)').press('Tab');
    await teamPage.getByRole('status').filter({ hasText: 'שונתה מאז האישור' }).waitFor();
    await openReview(teamPage);
    expect(await banner.textContent()).toContain('שונתה מאז האישור');
    expect(await banner.textContent()).toContain('details.communityBudget');
    expect(await seriousViolations(teamPage)).toEqual([]);
    await teamPage.getByRole('button', { name: 'ביטול פעולה' }).click();
    await expect.poll(() => banner.textContent()).toContain('ולא שונתה מאז');
  });

  it('prints the plan report, with the logic model and the review record, as a PDF', async () => {
    await teamPage.getByRole('button', { name: 'הכנת דוח התכנית' }).click();
    await teamPage.getByRole('status').filter({ hasText: 'הדוח מוכן' }).waitFor();
    expect(await teamPage.getByRole('button', { name: 'הדפסה או שמירה כ־PDF' }).isEnabled()).toBe(true);
    await teamPage.emulateMedia({ media: 'print' });
    expect(await teamPage.getByRole('heading', { name: 'גבעת הדקלים · תכנית שירותים לאזרחים ותיקים 2027' }).isVisible()).toBe(true);
    expect(await teamPage.getByRole('img', { name: /גבעת הדקלים/ }).isVisible()).toBe(true);
    expect(await teamPage.getByRole('heading', { name: 'רישום הבדיקה' }).isVisible()).toBe(true);
    expect(await teamPage.getByRole('heading', { name: 'בדיקה ואישור', level: 1 }).isVisible()).toBe(false);
    const pdf = await teamPage.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    await teamPage.emulateMedia({ media: 'screen' });
  });
});
