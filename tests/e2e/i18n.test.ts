import { describe, expect, it } from 'vitest';
import { GERMAN_SITE } from './helpers/demo-site.js';
import { openPage, waitForHydration } from './helpers/open-page.js';
import type { Page } from 'playwright-core';
import { useSitePage } from './helpers/use-site-page.js';

/** Opens the navbar's language menu (a button named after the current language) and picks another one. */
async function switchLanguage(page: Page, from: 'English' | 'Deutsch', to: 'English' | 'Deutsch'): Promise<void> {
  const navbar = page.getByRole('navigation', { name: /main/i });
  await navbar.getByRole('button', { name: from, exact: true }).click();
  await navbar.getByRole('link', { name: to, exact: true }).click();
  await waitForHydration(page);
}

/** A link's path, without the trailing slash of a folder's page (`/de/docs/` and `/de/docs` are one page). */
function pathOf(href: string | null, page: Page): string {
  return new URL(href ?? '', page.url()).pathname.replace(/(.)\/$/, '$1');
}

describe('the site in German', () => {
  const site = useSitePage();

  it('switching language on a page lands on its counterpart, both ways', async () => {
    const { page } = site;
    const { translated } = GERMAN_SITE;
    await openPage(page, translated.english);
    await switchLanguage(page, 'English', 'Deutsch');
    await page.waitForURL((url) => url.pathname === translated.german);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(translated.heading);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de-DE');
    await switchLanguage(page, 'Deutsch', 'English');
    await page.waitForURL((url) => url.pathname === translated.english);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(translated.englishHeading);
    expect(site.errors).toEqual([]);
  });

  it('shows the interface in German and names the alternates of every language', async () => {
    const { page } = site;
    await openPage(page, GERMAN_SITE.translated.german);
    const navbar = page.getByRole('navigation', { name: /main/i });
    await expect(navbar.getByRole('link', { name: 'Für Betreiber' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Suche' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Seite als Markdown kopieren' }).or(page.getByRole('button', { name: 'Seite als Markdown kopieren' })).count()).resolves.toBe(1);
    // Docusaurus' own strings, from its German translation
    await expect(page.getByRole('navigation', { name: /Seiten|Dokumentation/ }).count()).resolves.toBeGreaterThan(0);
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
    );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['en', GERMAN_SITE.translated.english],
        ['de-DE', GERMAN_SITE.translated.german],
      ]),
    );
  });

  it('finds German pages first with a German query, and English-only pages too', async () => {
    const { page } = site;
    await openPage(page, GERMAN_SITE.translated.german);
    await page.getByRole('button', { name: 'Suche' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dokumentation durchsuchen' });
    const field = dialog.getByRole('combobox', { name: 'Dokumentation durchsuchen' });
    const results = dialog.getByRole('listbox', { name: 'Suchergebnisse' });
    await field.fill(GERMAN_SITE.germanQuery);
    await expect(results.getByRole('option').first().textContent()).resolves.toContain(GERMAN_SITE.translated.heading);
    await expect(results.getByRole('option').first().textContent()).resolves.toContain('Für Betreiber');
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/Seiten? pass/);
    const first = results.getByRole('option').first().getByRole('link');
    expect(pathOf(await first.getAttribute('href'), page)).toBe(pathOf(GERMAN_SITE.translated.german, page));

    await field.fill(GERMAN_SITE.englishOnly.query);
    // the last results stay on screen until the new ones arrive
    await expect.poll(() => results.getByRole('option').first().textContent()).toContain(GERMAN_SITE.englishOnly.heading);
    const found = results.getByRole('option').first().getByRole('link');
    expect(pathOf(await found.getAttribute('href'), page)).toBe(pathOf(GERMAN_SITE.englishOnly.path, page));
  });

  it('shows an English-only page under /de/ with a German notice, its text marked as English', async () => {
    const { page } = site;
    await openPage(page, GERMAN_SITE.englishOnly.path);
    const notice = page.getByText('Diese Seite gibt es bisher nur auf Englisch.');
    await expect(notice.count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(GERMAN_SITE.englishOnly.heading);
    await expect(page.locator('[data-pagefind-body]').getAttribute('lang')).resolves.toBe('en');
    // a translated page has no such notice
    await openPage(page, GERMAN_SITE.translated.german);
    await expect(page.getByText('Diese Seite gibt es bisher nur auf Englisch.').count()).resolves.toBe(0);
  });
});
