import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { COLOR_SCHEMES } from '../../src/site/a11y/audit-page.js';
import { auditPages, openSchemeContext, type PageAudit } from '../../src/site/a11y/audit-pages.js';
import { describeViolations } from '../../src/site/a11y/describe-violations.js';
import { readSitemapPaths } from '../../src/site/a11y/read-sitemap.js';

/** The demo's ~40 pages take about a second each on a busy 2-core machine; a hung page fails the test long before. */
const SCHEME_TIMEOUT_MS = 300_000;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on every page of the demo site (its sitemap), in the light and the
 * dark scheme: one browser context per scheme, shared by its pages.
 */
describe('accessibility of every page (axe-core, WCAG 2.1 AA)', () => {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  let paths: string[];

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
    paths = readSitemapPaths(await (await fetch(`${siteUrl}/sitemap.xml`)).text());
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(COLOR_SCHEMES)('in the %s scheme', (scheme) => {
    let context: BrowserContext | undefined;
    afterAll(async () => {
      await context?.close();
    });

    it('has no violation on any page, and every page declares English as its language', { timeout: SCHEME_TIMEOUT_MS }, async () => {
      expect(paths.length, 'the sitemap lists the site').toBeGreaterThan(10);
      context = await openSchemeContext(browser, siteUrl, scheme);
      const audits = await auditPages(context, scheme, paths, 2);
      expect(audits.flatMap(describeAudit)).toEqual([]);
      expect(audits.filter((audit) => audit.lang !== 'en').map((audit) => `${audit.path}: lang="${audit.lang}"`)).toEqual([]);
    });
  });
});

function describeAudit(audit: PageAudit): string[] {
  return describeViolations(audit, new Map()).map(formatDiagnostic);
}
