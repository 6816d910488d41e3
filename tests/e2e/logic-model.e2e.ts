import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppSession } from './support/app-session.ts';
import { openWorkspacePlan } from './support/open-workspace-plan.ts';
import { overLimitSampleName } from '../helpers/samples.ts';
import { sessionAtStation } from './support/station-session.ts';
import { seriousViolations } from './support/axe.ts';

const knitting = 'קבוצת סריגה קהילתית';
const belonging = 'ותיקי העיר חשים שייכות ומשמעות בקהילה';

/**
 * Opens the model and shows all of it: it opens on the services at a size that reads, and these
 * tests link boxes across every column, as a user does after "fit".
 */
async function openModel(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'מודל לוגי' }).click();
  await page.getByRole('heading', { name: 'מודל לוגי', level: 1 }).waitFor();
  const tools = page.getByRole('toolbar', { name: 'כלי התרשים' });
  await tools.waitFor();
  await tools.getByRole('button', { name: 'התאמה לחלון' }).click();
  await page.waitForTimeout(400);
}

/** A box of the diagram, found by the start of its accessible name (its title). */
const box = (page: Page, title: string): Locator => page.getByRole('group', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')}(\\.|$)`) });

/**
 * Where an element is once the canvas has stopped moving: its layout is up to date (it is laid
 * out in a worker after each change of shape) and it has fitted the model to the window.
 */
async function settledBox(page: Page, locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const canvas = page.getByRole('application', { name: 'תרשים המודל הלוגי' });
  await expect.poll(() => canvas.getAttribute('aria-busy')).toBe('false');
  // The whole model fits the canvas; centred in the window, none of it is under the app's top bar.
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  let last = await locator.boundingBox();
  for (let frames = 0; frames < 300; frames++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const now = await locator.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width) return now;
    last = now;
  }
  throw new Error('the canvas never stopped moving');
}

/** Drags with the mouse from the middle of one element to the middle of another, in steps as a hand would. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await settledBox(page, from);
  const end = await settledBox(page, to);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Counts the pixels of a PNG that are not white, decoding it in the browser as any viewer would. */
async function inkedPixels(page: Page, png: Buffer): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index]! < 200 || data[index + 1]! < 200 || data[index + 2]! < 200) inked += 1;
    return { width: bitmap.width, height: bitmap.height, inked };
  }, png.toString('base64'));
}

async function exportPicture(page: Page, button: string, name: string, extension: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'שמירה בתיקיית העבודה' }).click();
  await page.getByText(`התמונה נשמרה: \u2068${name}${extension}\u2069`).waitFor();
}

describe('the logic model on first opening', () => {
  const opened = sessionAtStation(/בניית תמהיל שירותים/, 'התמהיל במבט אחד');

  it('shows the services at a size that reads, with an overview of the whole model', async () => {
    const page = opened.page;
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'מודל לוגי' }).click();
    const service = box(page, 'מועדון חברתי "בית הדקלים"');
    // A box 54 px tall drawn at the readable zoom (0.92) or more; fitting the whole sample drew it about 22 px tall.
    expect((await settledBox(page, service)).height).toBeGreaterThanOrEqual(49);
    await page.getByRole('img', { name: 'מפת המודל כולו: המסגרת מראה את החלק שעל המסך' }).waitFor();
  });
});

describe('the logic model of the sample plan', () => {
  const opened = sessionAtStation(/בניית תמהיל שירותים/, 'התמהיל במבט אחד');
  let page: Page;
  beforeAll(async () => {
    page = opened.page;
    await openModel(page);
  });

  it('draws inputs, services, outcomes and goals in columns, finds nothing wrong, and passes the axe scan', async () => {
    expect(await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).isVisible()).toBe(true);
    for (const title of ['מימון המשרד', 'מועדון חברתי "בית הדקלים"', belonging, 'הגברת שייכות']) {
      expect(await box(page, title).isVisible(), title).toBe(true);
    }
    expect(await page.getByText('תוצאות: טווח ארוך').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('searches the diagram and focuses on one service', async () => {
    await page.getByLabel('חיפוש בתרשים').fill('קהילה תומכת');
    await page.getByText('נמצאו 2').waitFor();
    await page.getByLabel('חיפוש בתרשים').fill('');
    await page.getByLabel('התמקדות ב').selectOption({ label: 'קו טלפוני יזום "שלום, מה שלומך?"' });
    expect(await page.getByLabel('התמקדות ב').inputValue()).toBe('service:svc-proactive-phone');
    await page.getByLabel('התמקדות ב').selectOption({ label: 'כל המודל' });
  });

  it('unlinking a service in the tables of links flags it, here and in station 3, and undo clears it', async () => {
    await page.getByRole('tab', { name: 'טבלאות קישורים' }).click();
    const link = page.getByRole('checkbox', { name: `"מועדון חברתי "בית הדקלים"" מקדם את "${belonging}"` });
    expect(await link.isChecked()).toBe(true);
    await link.uncheck();
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'אל "מועדון חברתי "בית הדקלים""' }).click();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('ללא תוצאה');
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await openModel(page);
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
  });

  it('adds an assumption to a goal, shows it on the goal’s box, and undoes it', async () => {
    await page.getByRole('button', { name: 'הוספת הנחה או גורם חיצוני' }).click();
    await page.getByLabel('הפריט שהערה 3 מוצמדת אליו').selectOption({ label: 'דחיקת תלות ושימור תפקוד' });
    await page.getByLabel('נוסח הערה 3').fill('ההנחה: קופות החולים ימשיכו להפנות ותיקים לתכנית.');
    await box(page, 'דחיקת תלות ושימור תפקוד').and(page.getByRole('group', { name: /הערות מודל: 1/ })).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await page.getByLabel('נוסח הערה 3').count()).toBe(0);
  });

  it('reports a goal left without outcomes in the plan’s findings panel, which opens the diagram focused on it', async () => {
    await page.getByRole('tab', { name: 'טבלאות קישורים' }).click();
    for (const outcome of ['ותיקים בודדים ומרותקי בית בקשר אישי קבוע', 'פחות בדידות בקרב משתתפי המענים', belonging]) {
      await page.getByLabel(`יעד המינהל של "${outcome}"`).selectOption({ label: 'מניעת מצבי סיכון וסכנה' });
    }
    await page.getByRole('navigation').getByRole('button', { name: 'פרטי התכנית' }).click();
    const finding = page.getByRole('region', { name: /ממצאי בדיקה/ }).getByRole('button', { name: /^הגברת שייכות: אף תוצאה בתכנית אינה משרתת/ });
    await finding.click();
    await page.getByRole('toolbar', { name: 'כלי התרשים' }).waitFor();
    expect(await page.getByLabel('התמקדות ב').inputValue()).toBe('goal:belonging');
    expect(await box(page, 'הגברת שייכות').getAttribute('aria-label')).toContain('⚠ אין תוצאה תחת היעד');
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
    await page.getByLabel('התמקדות ב').selectOption({ label: 'כל המודל' });
  });

  it('prints the model with the plan’s header on one landscape page', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    const picture = page.getByRole('img', { name: 'גבעת הדקלים · מודל לוגי לתכנית 2027' });
    expect(await picture.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'מודל לוגי', level: 1 }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('linking an orphan service on the canvas', () => {
  let session: AppSession;
  let page: Page;
  beforeAll(async () => {
    session = await AppSession.start();
    page = await session.open();
    await openWorkspacePlan(page, overLimitSampleName);
    await openModel(page);
  });
  afterAll(async () => session?.stop());

  it('flags the orphan, clears the flag when a link is dragged to an outcome, shows the link in station 3, and undoes it', async () => {
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    const orphan = box(page, knitting);
    expect(await orphan.getAttribute('aria-label')).toContain('⚠ לא מקדם אף תוצאה');

    await drag(page, page.getByLabel(`קישור מ"${knitting}"`), page.getByLabel(`קישור אל "${belonging}"`));
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
    expect(await box(page, knitting).getAttribute('aria-label')).not.toContain('⚠');
    // The new link is drawn once both its boxes are measured again, a frame or two after the plan changes.
    await page.getByRole('group', { name: `"${knitting}" מקדם את "${belonging}"` }).waitFor();

    await box(page, knitting).dblclick();
    await page.getByRole('heading', { name: 'בניית תמהיל שירותים', level: 1 }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: 'התוצאות שהשירות מקדם' }) }).filter({ hasText: knitting });
    expect(await card.getByRole('checkbox', { name: belonging }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    expect(await card.getByRole('checkbox', { name: belonging }).isChecked()).toBe(false);
    await openModel(page);
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    expect(await box(page, knitting).getAttribute('aria-label')).toContain('⚠ לא מקדם אף תוצאה');
  });

  it('links from the keyboard, removes a link by dropping its end on empty canvas or with Delete, each one step to undo', async () => {
    const edge = page.getByRole('group', { name: `"${knitting}" מקדם את "${belonging}"` });
    const from = page.getByLabel(`קישור מ"${knitting}"`);
    await from.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(`קישור אל "${belonging}"`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
    await edge.waitFor();

    // The link's end sits on the service's link point, on the side the model flows to (the left in
    // Hebrew). Dropped on a box it cannot link to, the link stays.
    const dragEnd = async (to: { x: number; y: number }) => {
      const point = await settledBox(page, from);
      await page.mouse.move(point.x + point.width / 2 - point.width, point.y + point.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
    };
    const input = await settledBox(page, box(page, 'מימון המשרד'));
    await dragEnd({ x: input.x + input.width / 2, y: input.y + input.height / 2 });
    expect(await edge.count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).isVisible()).toBe(true);

    // Dropped on empty canvas (its edge, beside the goals), it goes.
    const frame = (await page.getByRole('application', { name: 'תרשים המודל הלוגי' }).boundingBox())!;
    await dragEnd({ x: frame.x + 10, y: (await settledBox(page, from)).y });
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    await expect.poll(() => edge.count()).toBe(0);
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();

    await edge.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
    await expect.poll(() => edge.count()).toBe(0);
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('heading', { name: 'בדיקות המודל (0)' }).waitFor();
    await page.getByRole('button', { name: 'ביטול פעולה' }).click();
    await page.getByRole('heading', { name: 'בדיקות המודל (1)' }).waitFor();
  });

  it('exports the model as a PNG that opens as a picture with content, and as an SVG with the plan in it', async () => {
    await exportPicture(page, 'ייצוא PNG', 'מודל-לוגי', '.png');
    const png = await readFile(join(session.workspace, 'מודל-לוגי.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const picture = await inkedPixels(page, png);
    expect(picture.width).toBeGreaterThan(800);
    expect(picture.height).toBeGreaterThan(600);
    expect(picture.inked).toBeGreaterThan(picture.width * picture.height * 0.02);

    await exportPicture(page, 'ייצוא SVG', 'מודל-לוגי', '.svg');
    const svg = await readFile(join(session.workspace, 'מודל-לוגי.svg'), 'utf8');
    expect(svg).toContain(knitting);
    expect(svg).toContain('גבעת הדקלים · מודל לוגי לתכנית 2027');
    expect(svg).toContain('לא מקדם אף תוצאה');
    const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg);
    expect(parsed).toBe(true);
  });
});

/** What the page's layout worker did: started, asked for layouts, and whether its answers are held back. */
type LayoutProbe = { created: number; asked: number; holding: boolean; release(): void };

/**
 * Runs before the app: wraps Web Workers so the test sees the layout worker start and each
 * layout asked of it, and holds its answers until released, as a slow machine would.
 */
function holdLayoutAnswers(): void {
  const Native = window.Worker;
  const held: (() => void)[] = [];
  const probe: LayoutProbe = {
    created: 0,
    asked: 0,
    holding: true,
    release() {
      this.holding = false;
      for (const deliver of held.splice(0)) deliver();
    },
  };
  (window as unknown as { layoutProbe: LayoutProbe }).layoutProbe = probe;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'layout') return;
      probe.created += 1;
      let handler: ((event: MessageEvent) => void) | null = null;
      super.onmessage = (event: MessageEvent) => (probe.holding ? held.push(() => handler?.(event)) : handler?.(event));
      Object.defineProperty(this, 'onmessage', { get: () => handler, set: (value: typeof handler) => (handler = value) });
    }

    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
      if ((message as { cmd?: string } | null)?.cmd === 'layout') probe.asked += 1;
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

describe('the logic model while ELK is still working', () => {
  let session: AppSession;
  let page: Page;
  const probe = () => page.evaluate(() => (window as unknown as { layoutProbe: Omit<LayoutProbe, 'release'> }).layoutProbe);
  const canvas = () => page.getByRole('application', { name: 'תרשים המודל הלוגי' });
  beforeAll(async () => {
    session = await AppSession.start();
    await session.beforeEachPage(holdLayoutAnswers);
    page = await session.open();
  });
  afterAll(async () => session?.stop());

  it('starts the layout worker and lays the plan out when the plan opens, before the model is shown', async () => {
    await expect.poll(async () => (await probe()).asked).toBe(1);
    expect((await probe()).created).toBe(1);
  });

  it('draws the boxes and links at once, refines them when ELK answers, and prints or exports only the refined layout', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'מודל לוגי' }).click();
    await box(page, 'מועדון חברתי "בית הדקלים"').waitFor();
    await page.getByRole('group', { name: `"מועדון חברתי "בית הדקלים"" מקדם את "${belonging}"` }).waitFor({ state: 'attached' });
    expect(await canvas().getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('button', { name: 'ייצוא PNG' }).isDisabled()).toBe(true);
    // The print sheet is hidden on screen: found among hidden elements too.
    const printed = page.getByRole('img', { name: 'גבעת הדקלים · מודל לוגי לתכנית 2027', includeHidden: true });
    expect(await printed.count()).toBe(0);

    await page.evaluate(() => (window as unknown as { layoutProbe: LayoutProbe }).layoutProbe.release());
    await expect.poll(() => canvas().getAttribute('aria-busy')).toBe('false');
    expect(await page.getByRole('button', { name: 'ייצוא PNG' }).isDisabled()).toBe(false);
    await printed.waitFor({ state: 'attached' });
    expect((await probe()).asked).toBe(1);
  });

  it('comes back to the model drawn as ELK left it, without laying it out again', async () => {
    await page.getByRole('navigation', { name: 'ניווט בתכנית' }).getByRole('button', { name: 'פרטי התכנית' }).click();
    await page.getByLabel('רשות מקומית').waitFor();
    // Read in the frame the canvas first appears in: never busy, nothing asked of ELK.
    const busyOnArrival = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const observer = new MutationObserver(() => {
            const flow = document.querySelector('.react-flow');
            if (!flow) return;
            observer.disconnect();
            resolve(flow.getAttribute('aria-busy'));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((button) => button.textContent?.includes('מודל לוגי'))!.click();
        }),
    );
    expect(busyOnArrival).toBe('false');
    expect((await probe()).asked).toBe(1);
  });
});
