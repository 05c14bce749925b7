import type { Page } from 'playwright-core';
import { waitForHydration } from './open-page.js';

/**
 * Clicks through the docs sidebar as a reader does: each label in turn, skipping categories that are
 * already expanded (clicking those would collapse them), and waits for the page of the last label.
 */
export async function followSidebar(page: Page, labels: readonly string[]): Promise<void> {
  await waitForHydration(page); // before it, a click on a category does not expand it
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  for (const [index, label] of labels.entries()) {
    const item = sidebar.getByText(label, { exact: true });
    const link = item.locator('xpath=ancestor::a[1]');
    if (index === labels.length - 1) {
      await item.click();
      break;
    }
    if ((await link.getAttribute('aria-expanded')) !== 'true') await item.click();
    // the next label is only there once this category is open (a click during a re-render can be lost)
    await sidebar.locator('a[aria-expanded="true"]', { has: page.getByText(label, { exact: true }) }).waitFor();
  }
  await sidebar.locator('a[aria-current="page"]', { hasText: labels.at(-1) }).waitFor();
}
