import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, QUICKSTART_EDIT_URL, QUICKSTART_LAST_CHANGE, QUICKSTART_SIDEBAR_PATH } from './helpers/demo-site.js';
import { followSidebar } from './helpers/follow-sidebar.js';
import { isInViewport, loadImageWidth, readLocation } from './helpers/locator-checks.js';
import { openPage } from './helpers/open-page.js';
import { useSitePage } from './helpers/use-site-page.js';

describe('a page aggregated from an upstream repo', () => {
  const site = useSitePage();

  it('is reached by clicking through the "For Operators" sidebar', async () => {
    const { page } = site;
    await openPage(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For Operators', exact: true }).click();
    await followSidebar(page, QUICKSTART_SIDEBAR_PATH);
    expect(readLocation(page).pathname).toBe(DEMO_PAGES.quickstart);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quickstart');
    expect(site.errors).toEqual([]);
  });

  it('has an edit link to the file in the upstream repo', async () => {
    await site.page.goto(DEMO_PAGES.quickstart);
    const edit = site.page.getByRole('link', { name: /edit this page/i });
    await expect(edit.getAttribute('href')).resolves.toBe(QUICKSTART_EDIT_URL);
  });

  it('shows when it was last updated upstream, and by whom', async () => {
    await site.page.goto(DEMO_PAGES.quickstart);
    const lastUpdated = site.page.locator('.theme-last-updated');
    await expect(lastUpdated.textContent()).resolves.toMatch(/last updated/i);
    await expect(lastUpdated.textContent()).resolves.toContain(QUICKSTART_LAST_CHANGE.author);
    const date = lastUpdated.locator('time');
    await expect(date.getAttribute('datetime')).resolves.toMatch(new RegExp(`^${QUICKSTART_LAST_CHANGE.isoDate}`));
    await expect(date.textContent()).resolves.toMatch(/2025/);
  });

  it('renders the upstream GitHub warning alert as a warning admonition', async () => {
    await site.page.goto(DEMO_PAGES.quickstart);
    const admonition = site.page.locator('main .theme-admonition-warning');
    await expect(admonition.textContent()).resolves.toMatch(/warning.*wipes the second disk/is);
    await expect(site.page.locator('main blockquote', { hasText: '[!WARNING]' }).count()).resolves.toBe(0);
  });

  it('shows an image carried along from the upstream repo', async () => {
    await site.page.goto(DEMO_PAGES.operatorOverview);
    const image = site.page.getByRole('img', { name: 'Architecture of a Lakeside Cloud region' });
    // small images are inlined as data URLs by the bundler: what counts is that the picture loads and shows
    expect(await loadImageWidth(image)).toBeGreaterThan(0);
    await expect(image.isVisible()).resolves.toBe(true);
  });

  it('links into another upstream repo: the user guide opens the quickstart at the linked heading', async () => {
    const { page } = site;
    await page.goto(DEMO_PAGES.userGettingStarted);
    await page.getByRole('link', { name: 'deploy a demo cloud' }).click();
    await page.waitForURL((url) => url.pathname === DEMO_PAGES.quickstart);
    expect(readLocation(page)).toEqual({ pathname: DEMO_PAGES.quickstart, hash: '#deploy-the-demo-cloud' });
    const heading = page.getByRole('heading', { level: 2, name: 'Deploy the demo cloud' });
    await expect.poll(() => isInViewport(heading)).toBe(true);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top, 'the heading is scrolled to, not just somewhere on screen').toBeLessThan(200);
  });
});
