import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from './helpers/demo-site.js';
import { isInViewport, readLocation } from './helpers/locator-checks.js';
import { openPage } from './helpers/open-page.js';
import { logResponses, openSearch, summarizeSearchDownloads } from './helpers/search-dialog.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('the local search', () => {
  const site = useSitePage();

  it('finds a page by words of a section, and Enter opens it at that heading', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.userGettingStarted);
    const responses = logResponses(page);
    const search = await openSearch(page, 'button');
    await search.field.fill('installer wipes');
    const first = search.results.getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('Quickstart');
    const downloads = await summarizeSearchDownloads(responses);
    console.log(`search: the first query downloaded ${(downloads.bytes / 1024).toFixed(1)} KB of search files (${downloads.files.length} files)`);
    expect(downloads.files).toContain('/pagefind/pagefind.js');

    await search.field.press('Enter');
    await page.waitForURL((url) => url.pathname === DEMO_PAGES.quickstart);
    expect(readLocation(page)).toEqual({ pathname: DEMO_PAGES.quickstart, hash: '#deploy-the-demo-cloud' });
    const heading = page.getByRole('heading', { level: 2, name: 'Deploy the demo cloud' });
    await expect.poll(() => isInViewport(heading)).toBe(true);
    await expect(search.dialog.count()).resolves.toBe(0);
    expect(site.errors).toEqual([]);
  });

  it('shows each result with its section and source repo, and the matched words highlighted', async () => {
    const { page } = site;
    await openPage(page, '/');
    const search = await openSearch(page, 'Control+k');
    await search.field.fill('second disk');
    const first = search.results.getByRole('option').first();
    await expect(first.textContent()).resolves.toMatch(/Quickstart/);
    await expect(first.textContent()).resolves.toMatch(/For Operators/);
    await expect(first.textContent()).resolves.toMatch(/example-org\/demo-operator-guide/);
    const marked = await first.locator('mark').allTextContents();
    expect(marked.map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['second', 'disk']));
    await expect(search.status.textContent()).resolves.toMatch(/match/);
  });

  it('opens a clicked result at its heading', async () => {
    const { page } = site;
    await openPage(page, '/');
    const search = await openSearch(page, '/');
    await search.field.fill('lakeside sizes list');
    await search.results.getByRole('option').first().click();
    await page.waitForURL((url) => url.pathname === DEMO_PAGES.quickstart);
    expect(readLocation(page).hash).toBe('#check-the-machine-sizes');
  });

  it('is a combobox over a listbox that the arrow keys move through', async () => {
    const { page } = site;
    await openPage(page, '/');
    const search = await openSearch(page, 'Control+k');
    await expect.poll(() => search.field.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.field.fill('demo');
    await search.results.getByRole('option').nth(1).waitFor();
    await expect(search.field.getAttribute('aria-expanded')).resolves.toBe('true');
    const activeId = () => search.field.getAttribute('aria-activedescendant');
    const firstId = await activeId();
    await search.field.press('ArrowDown');
    const secondId = await activeId();
    expect(secondId).not.toBe(firstId);
    await expect(page.locator(`[id="${secondId}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await search.field.press('ArrowUp');
    await expect(activeId()).resolves.toBe(firstId);
  });

  it('closes with Escape and gives the focus back to the search button', async () => {
    const { page } = site;
    await openPage(page, '/');
    const search = await openSearch(page, 'button');
    await search.field.fill('demo');
    await page.keyboard.press('Escape');
    await search.dialog.waitFor({ state: 'detached' });
    const button = page.getByRole('button', { name: 'Search' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('filters by section', async () => {
    const { page } = site;
    await openPage(page, '/');
    const search = await openSearch(page, 'Control+k');
    await search.field.fill('demo');
    const places = () => search.results.getByRole('option').allTextContents();
    // unfiltered, the demo operator guide is found too
    await expect.poll(places).toContainEqual(expect.stringContaining('For Operators'));

    await search.dialog.getByRole('combobox', { name: 'Section' }).selectOption('Standards');

    await expect.poll(() => search.status.textContent()).toMatch(/in Standards/);
    await expect.poll(places).not.toContainEqual(expect.stringContaining('For Operators'));
    expect(await places()).not.toEqual([]);
  });

  it('fits a phone screen and follows dark mode', async () => {
    const { page } = site;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, '/');
    const { dialog } = await openSearch(page, 'button');
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(390);
    const [background, text] = await dialog.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0);
    expect(lightness(background)).toBeLessThan(lightness(text));
  });
});
