import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules the site is held to: WCAG 2.0 and 2.1, levels A and AA (axe-core's tags). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** One failed axe rule on a page, with the elements that fail it. */
export interface A11yViolation {
  /** axe's rule id, e.g. `color-contrast`. */
  rule: string;
  /** What the rule asks for, in axe's words. */
  help: string;
  helpUrl: string;
  elements: { selector: string; html: string; summary: string }[];
}

/** What the audit of one page found. */
export interface PageFindings {
  /** The page's declared language (`<html lang>`): axe checks that it is valid, the tests that it is right. */
  lang: string;
  violations: A11yViolation[];
}

/**
 * Opens a site path and runs axe on it once the page is what a reader gets: loaded and hydrated (Docusaurus
 * sets `data-has-hydrated="true"` on <html> after React's first client render has run its effects).
 */
export async function auditPage(page: Page, path: string): Promise<PageFindings> {
  await page.goto(path);
  await waitForHydration(page);
  const results = await new AxeBuilder({ page }).withTags([...WCAG_AA_TAGS]).analyze();
  const lang = await page.evaluate(() => document.documentElement.lang);
  return { lang, violations: results.violations.map(readViolation) };
}

function readViolation(violation: AxeResults['violations'][number]): A11yViolation {
  return {
    rule: violation.id,
    help: violation.help,
    helpUrl: violation.helpUrl,
    elements: violation.nodes.map((node) => ({
      selector: node.target.map(String).join(' '),
      html: node.html,
      summary: node.failureSummary ?? '',
    })),
  };
}

/** Until React has hydrated a page, nothing React handles works (buttons, shortcuts, sidebar categories). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}
