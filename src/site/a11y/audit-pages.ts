import type { Browser, BrowserContext } from 'playwright-core';
import { auditPage, type ColorScheme, type PageFindings } from './audit-page.js';

export interface PageAudit extends PageFindings {
  path: string;
  scheme: ColorScheme;
  /** Why the page could not be audited (it did not load or hydrate in time). */
  error?: string;
}

/** Long enough for a big page on a busy machine, short enough that a page that never hydrates fails fast. */
const PAGE_TIMEOUT_MS = 30_000;

/**
 * One browser context per colour scheme: Docusaurus follows the reader's `prefers-color-scheme` when no choice
 * is stored, and a fresh context stores none. Requests that leave the site are refused (the check runs offline).
 */
export async function openSchemeContext(browser: Browser, siteUrl: string, scheme: ColorScheme): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: siteUrl, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const origin = new URL(siteUrl).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/**
 * Audits `paths` in one context with `tabs` pages working through the list side by side (a page is reused
 * for the next path: opening tabs costs more than navigating). Results come back in the order of `paths`.
 */
export async function auditPages(
  context: BrowserContext,
  scheme: ColorScheme,
  paths: readonly string[],
  tabs: number,
  onAudit: (audit: PageAudit) => void = () => undefined,
): Promise<PageAudit[]> {
  const audits: PageAudit[] = new Array(paths.length);
  let next = 0;
  const work = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    try {
      for (let index = next++; index < paths.length; index = next++) {
        const path = paths[index]!;
        const audit = await auditPage(page, path).then(
          (findings): PageAudit => ({ path, scheme, ...findings }),
          // a page that does not load or hydrate is reported, and the other pages are still audited
          (error: unknown): PageAudit => ({ path, scheme, lang: '', violations: [], error: firstLine(error) }),
        );
        audits[index] = audit;
        onAudit(audit);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(tabs, paths.length)) }, work));
  return audits;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
