/**
 * One sitting of the UI benchmark: a checkout's own `tamhil web` serving its built app on a
 * fresh data folder and workspace, and a new Chromium context on it. Every sitting starts as a
 * user's first start does (the workspace's sample on screen), so no recent file, recovery entry
 * or cache of an earlier sitting is in its figures.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort, serveTamhil, type ServingTamhil } from '../helpers/spawn-tamhil.ts';
import { validSampleName, validSamplePath } from '../helpers/samples.ts';
import { installProbe, nameHelperScript } from './ui-page-probe.ts';

/** A checkout whose dist/ and electron/cli/tamhil.mjs are measured. */
export type UiApp = { label: string; root: string };

const serveTimeoutMs = 60_000;
const stopTimeoutMs = 10_000;
/** Playwright's waits for a control; a 5,000-service plan keeps the page busy for seconds. */
const actionTimeoutMs = 120_000;

export function checkBuilt(app: UiApp): void {
  for (const path of ['dist/renderer/index.html', 'dist/cli/tamhil.mjs', 'electron/cli/tamhil.mjs']) {
    if (!existsSync(join(app.root, path))) throw new Error(`${app.label}: no ${path} in ${app.root}: build it there first (node electron/build/build-app.mjs)`);
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), milliseconds)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A new context whose pages carry the timing probe. */
export async function probedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'he-IL' });
  await context.addInitScript({ content: nameHelperScript });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.setDefaultTimeout(actionTimeoutMs);
  return { context, page };
}

export class UiSession {
  private constructor(
    readonly page: Page,
    readonly errors: string[],
    private readonly context: BrowserContext,
    private readonly server: ServingTamhil,
    private readonly dataFolder: string,
  ) {}

  /** `plans`: .tamhil files copied into the workspace beside the sample the app opens at start. */
  static async start(app: UiApp, browser: Browser, plans: readonly string[]): Promise<UiSession> {
    const dataFolder = await mkdtemp(join(tmpdir(), 'tamhil-ui-bench-'));
    const workspace = join(dataFolder, 'workspace');
    await mkdir(workspace);
    await copyFile(validSamplePath, join(workspace, validSampleName));
    for (const plan of plans) await copyFile(plan, join(workspace, basename(plan)));
    const bin = join(app.root, 'electron', 'cli', 'tamhil.mjs');
    const args = ['web', '--workspace', workspace, '--port', String(await freePort())];
    const server = await withTimeout(serveTamhil(bin, args, { ...process.env, TAMHIL_DATA_DIR: dataFolder }, app.root), serveTimeoutMs, `${app.label}: tamhil web printed no address within ${serveTimeoutMs / 1000} s`);
    const { context, page } = await probedPage(browser);
    // A paste is a real one: the text put on the clipboard, then Ctrl+V.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const session = new UiSession(page, errors, context, server, dataFolder);
    try {
      await page.goto(server.url);
      await page.getByLabel('רשות מקומית').waitFor();
    } catch (error) {
      await session.stop();
      throw new Error(`${app.label}: the app did not show its start-up plan: ${(error as Error).message}`);
    }
    return session;
  }

  async stop(): Promise<void> {
    await this.context.close().catch(() => undefined);
    const stopped = this.server.stop();
    await withTimeout(stopped, stopTimeoutMs, 'tamhil web did not stop').catch(() => {
      this.server.child.kill('SIGKILL');
      return stopped;
    });
    await rm(this.dataFolder, { recursive: true, force: true });
  }
}
