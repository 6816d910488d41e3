import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { serveInBrowser } from '@electron/web/serve-in-browser.ts';
import type { RunningWebServer } from '@electron/web/web-server.ts';
import { launchChromium } from './chromium.ts';

/**
 * One user's machine: a fresh data folder (settings, recovery, the sample workspace), the
 * browser host serving the built renderer, and Chromium. Pages open on the printed URL.
 */
export class AppSession {
  private constructor(
    readonly dataFolder: string,
    readonly workspace: string,
    private server: RunningWebServer,
    private readonly browser: Browser,
    private context: BrowserContext,
  ) {}

  /**
   * `emptyWorkspace`: the user names a folder of their own that has nothing in it yet.
   * `sharedWorkspace`: another machine's workspace, as a shared drive both work on.
   */
  static async start({ emptyWorkspace = false, sharedWorkspace }: { emptyWorkspace?: boolean; sharedWorkspace?: string } = {}): Promise<AppSession> {
    const dataFolder = await mkdtemp(join(tmpdir(), 'tamhil-e2e-'));
    const workspace = sharedWorkspace ?? join(dataFolder, emptyWorkspace ? 'my-plans' : 'workspace');
    if (emptyWorkspace) await mkdir(workspace);
    const server = await serveInBrowser({ dataFolder, ...(emptyWorkspace || sharedWorkspace ? { workspace } : {}) });
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'he-IL', acceptDownloads: true });
    return new AppSession(dataFolder, workspace, server, browser, context);
  }

  /** A script every page of this session runs before the app (to stand in for another browser's abilities). */
  async beforeEachPage(script: () => void): Promise<void> {
    await this.context.addInitScript(script);
  }

  get url(): string {
    return this.server.url;
  }

  /** Opens the app in a new tab, as a user does with the printed address, and waits for the plan. */
  async open(): Promise<Page> {
    const page = await this.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(this.server.url);
    await page.getByRole('toolbar').waitFor();
    // Started once the plan is on screen, or the welcome of a workspace with nothing to open.
    await page.getByLabel('רשות מקומית').or(page.getByRole('heading', { name: 'ברוכים הבאים לתמהיל' })).waitFor();
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  /** A restart of the app on the same machine: the server stops and starts again, the browser is new. */
  async restart(): Promise<void> {
    await this.context.close();
    await this.server.close();
    this.server = await serveInBrowser({ dataFolder: this.dataFolder });
    this.context = await this.browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'he-IL' });
  }

  /** How many plans have unsaved work in the recovery folder. */
  async recoveryEntries(): Promise<number> {
    const names = await readdir(join(this.dataFolder, 'recovery')).catch(() => []);
    return names.filter((name) => name.endsWith('.recovery.json')).length;
  }

  async stop(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.browser.close();
    await this.server.close();
    await rm(this.dataFolder, { recursive: true, force: true });
  }
}
