import type { Page } from 'playwright-core';

/**
 * Opens a site path as a reader does and waits until the page responds. Until React has hydrated it, the
 * server-rendered HTML shows but nothing React handles works: a click on a button or a sidebar category, a keyboard
 * shortcut. On a busy machine that lasts seconds after the `load` event.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

/**
 * Docusaurus renders `<html data-has-hydrated="false">` and turns it "true" when an effect of its first client
 * render has run; React runs every effect of that render first, so by then each listener of the page is attached.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}
