/**
 * Gives each test of a file a fresh browser page on the served demo site (a new browser context:
 * no cookies or stored theme from earlier tests), records console errors and uncaught page errors,
 * keeps requests on the local site, and saves a full-page screenshot of every failing test
 * in test-results/e2e/<suite-and-test-name>.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject, type TestContext } from 'vitest';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'e2e');
/** Long enough for a slow CI machine, short enough that a missing element fails the test quickly. */
const ACTION_TIMEOUT_MS = 10_000;

export interface SitePageOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
}

export interface SitePage {
  /** The current test's page. */
  readonly page: Page;
  /** Console errors and uncaught exceptions seen by the current test's page so far. */
  readonly errors: readonly string[];
  /** Absolute URL of a site path such as `/docs/`. */
  url(path: string): string;
}

/** Registers the hooks of a test file and returns the accessor of the current page. */
export function useSitePage(options: SitePageOptions = {}): SitePage {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: readonly string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await openSiteContext(browser, siteUrl, options);
    page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    errors = recordPageErrors(page);
  });
  afterEach(async ({ task }: TestContext) => {
    if (task.result?.state === 'fail') await saveScreenshot(page, task.fullTestName ?? task.name);
    await context.close();
  });

  return {
    get page() {
      return page;
    },
    get errors() {
      return errors;
    },
    url: (path) => new URL(path, siteUrl).href,
  };
}

/** Collects the page's console errors and uncaught exceptions, as a reader's devtools would show them. */
function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** A context in light mode whose requests outside the local site are refused (the tests run offline). */
async function openSiteContext(browser: Browser, siteUrl: string, options: SitePageOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: siteUrl,
    colorScheme: 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
  });
  const origin = new URL(siteUrl).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

async function saveScreenshot(page: Page, testName: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${toFileName(testName)}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
}

/** `home page > links to every section` → `home-page-links-to-every-section`. */
function toFileName(testName: string): string {
  return testName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}
