import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from './helpers/demo-site.js';
import { openPage } from './helpers/open-page.js';
import { useSitePage } from './helpers/use-site-page.js';

const readTheme = (page: Page) => page.locator('html').getAttribute('data-theme');
const readBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** The toggle cycles system → light → dark (the site respects the system's choice): click until dark. */
async function chooseDarkMode(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
  for (let clicks = 0; clicks < 3; clicks++) {
    if (/currently dark mode/i.test((await toggle.getAttribute('aria-label')) ?? '')) return;
    await toggle.click();
  }
  throw new Error(`the color mode toggle never offered dark mode: ${await toggle.getAttribute('aria-label')}`);
}

describe('dark mode', () => {
  const site = useSitePage();

  it('switches the page to dark and stays dark on the next page', async () => {
    const { page } = site;
    await openPage(page, '/');
    await expect(readTheme(page)).resolves.toBe('light');
    const lightBackground = await readBackground(page);

    await chooseDarkMode(page);
    await expect.poll(() => readTheme(page)).toBe('dark');
    expect(await readBackground(page), 'the page looks different').not.toBe(lightBackground);

    await page.goto(DEMO_PAGES.quickstart);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(readTheme(page)).resolves.toBe('dark');
  });
});
