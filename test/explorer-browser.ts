import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); never a browser build downloaded by Playwright. */
export const CHROMIUM = '/usr/bin/chromium';
export const SKIP_BROWSER_REASON = existsSync(CHROMIUM) ? false : `skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`;

/** Flags that keep Chromium from calling Google's services, whose connections this machine refuses. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  page: Page;
  /** Every URL the page asked for: HTTP requests and WebSocket handshakes. */
  requested: string[];
  /** Console errors and uncaught exceptions, for failure messages. */
  problems: string[];
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, recording everything the page requests. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'shop-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    const requested: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('websocket', (ws) => requested.push(ws.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', async (r) => {
      if (r.status() >= 400)
        problems.push(`${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData() ?? ''} -> ${await r.text().catch(() => '')}`);
    });
    const opened = context;
    return {
      page,
      requested,
      problems,
      async close() {
        await opened.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The GraphiQL page's editors are CodeMirror 5 instances; set and read them through their API. */
export const graphiql = {
  async ready(page: Page) {
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
  },
  /**
   * Replaces the query and waits until GraphiQL has taken it in (it reads editors after a debounce;
   * a run clicked before that is ignored): the active tab is then titled by the operation's name.
   */
  async setQuery(page: Page, text: string) {
    const name = /^(?:query|mutation|subscription)\s+(\w+)/m.exec(text)?.[1];
    if (!name) throw new Error('name the operation: the tab title tells when GraphiQL has read it');
    await page.evaluate((t) => ((globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.setValue(t), text);
    await page.locator('.graphiql-tab-active', { hasText: name }).waitFor({ timeout: 10_000 });
  },
  /** Types into the headers editor as a person would (its text is read when an operation runs). */
  async setHeaders(page: Page, headers: Record<string, string>) {
    const tools = page.locator('.graphiql-editor-tools');
    if (!(await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)').count())) await tools.getByRole('button', { name: 'Headers' }).click();
    const editor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify(headers, null, 2));
  },
  async run(page: Page) {
    await page.click('.graphiql-execute-button');
  },
  async result(page: Page): Promise<string> {
    return page.evaluate(() => {
      const cm = (globalThis as any).document.querySelector('.result-window .CodeMirror') as any;
      return cm ? (cm.CodeMirror.getValue() as string) : '';
    });
  },
};
