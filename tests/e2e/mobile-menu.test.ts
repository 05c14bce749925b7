import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/manifest/sections.js';
import { openPage } from './helpers/open-page.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('on a phone', () => {
  const site = useSitePage({ viewport: { width: 390, height: 844 }, isMobile: true });

  it('the navbar toggle opens a menu with every section', async () => {
    const { page } = site;
    await openPage(page, '/');
    const menu = page.locator('.navbar-sidebar');
    const firstSection = menu.getByRole('link', { name: SECTIONS[0]!.label, exact: true });
    await expect(firstSection.isVisible(), 'the menu is closed at first').resolves.toBe(false);

    await page.getByRole('button', { name: /toggle navigation bar/i }).click();
    await firstSection.waitFor({ state: 'visible' });
    for (const section of SECTIONS) {
      await expect(menu.getByRole('link', { name: section.label, exact: true }).isVisible(), section.label).resolves.toBe(true);
    }
  });
});
