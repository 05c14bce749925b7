import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from './helpers/demo-site.js';
import { isInViewport, readLocation } from './helpers/locator-checks.js';
import { locateSearch, logResponses, summarizeSearchDownloads } from './helpers/search-dialog.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('the local search', () => {
  const site = useSitePage();

  it('finds a page by words of a section, and Enter opens it at that heading', async () => {
    const { page } = site;
    await page.goto(DEMO_PAGES.userGettingStarted, { waitUntil: 'networkidle' });
    const responses = logResponses(page);
    await page.getByRole('button', { name: 'Search' }).click();
    const search = locateSearch(page);
    await search.field.fill('installer wipes');
    const first = search.results.getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('Quickstart');
    const downloads = summarizeSearchDownloads(responses);
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
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const search = locateSearch(page);
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
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const search = locateSearch(page);
    await search.field.fill('lakeside sizes list');
    await search.results.getByRole('option').first().click();
    await page.waitForURL((url) => url.pathname === DEMO_PAGES.quickstart);
    expect(readLocation(page).hash).toBe('#check-the-machine-sizes');
  });

  it('is a combobox over a listbox that the arrow keys move through', async () => {
    const { page } = site;
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const search = locateSearch(page);
    await expect(search.field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
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
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    await locateSearch(page).field.fill('demo');
    await page.keyboard.press('Escape');
    await expect(locateSearch(page).dialog.count()).resolves.toBe(0);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('filters by section', async () => {
    const { page } = site;
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    const search = locateSearch(page);
    await search.field.fill('demo');
    await search.dialog.getByRole('combobox', { name: 'Section' }).selectOption('Standards');
    await expect.poll(() => search.status.textContent()).toMatch(/in Standards/);
    const places = await search.results.locator('[role="option"]').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((text) => text.includes('For Operators'))).toEqual([]);
  });

  it('fits a phone screen and follows dark mode', async () => {
    const { page } = site;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const { dialog } = locateSearch(page);
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(390);
    const [background, text] = await dialog.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0);
    expect(lightness(background)).toBeLessThan(lightness(text));
  });
});
