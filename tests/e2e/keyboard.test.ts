import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, MKDOCS_PAGE } from './helpers/demo-site.js';
import { readFocus, tabUntil } from './helpers/focus.js';
import { openPage } from './helpers/open-page.js';
import { locateSearch } from './helpers/search-dialog.js';
import { useSitePage } from './helpers/use-site-page.js';

const isFocused = (locator: { evaluate<R>(fn: (el: Element) => R): Promise<R> }) => locator.evaluate((el) => el === document.activeElement);

describe('the site with the keyboard alone', () => {
  const site = useSitePage();

  it('offers "Skip to main content" first, and it moves the focus to the content', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.quickstart);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(isFocused(skip)).resolves.toBe(true);
    expect((await readFocus(page)).isVisible, 'the skip link shows when focused').toBe(true);
    await page.keyboard.press('Enter');
    // the next Tab lands inside the content, past the navbar and the sidebar
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
  });

  it('opens the search from its button and with its shortcut, and Escape gives the focus back to the button', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.userGettingStarted);
    const button = page.getByRole('button', { name: 'Search', exact: true });
    const search = locateSearch(page);

    await button.focus();
    await page.keyboard.press('Enter');
    await search.field.waitFor({ state: 'visible' });
    await expect.poll(() => isFocused(search.field)).toBe(true);
    await page.keyboard.press('Escape');
    await search.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(button)).toBe(true);

    await page.keyboard.press('Control+k');
    await search.field.waitFor({ state: 'visible' });
    await expect.poll(() => isFocused(search.field)).toBe(true);
    await page.keyboard.press('Escape');
    await search.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(button)).toBe(true);
  });

  it('expands and collapses a sidebar category with Enter, telling it through aria-expanded', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.quickstart);
    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    // a handle, not a locator: the toggle's label changes with its state ("Expand …" / "Collapse …")
    const toggle = (await sidebar.locator('[aria-expanded="false"]').first().elementHandle())!;
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves between tabs made from mkdocs content tabs with the arrow keys, and Enter shows the tab', async () => {
    const { page } = site;
    await openPage(page, MKDOCS_PAGE.path);
    const tablist = page.getByRole('tablist');
    const tabs = tablist.getByRole('tab');
    await expect(tabs.allTextContents()).resolves.toEqual([...MKDOCS_PAGE.tabs]);
    await expect(tabs.first().getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tabpanel').count()).resolves.toBe(1); // the others are hidden

    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(tabs.nth(1))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    await expect(page.getByRole('tabpanel').textContent()).resolves.toContain('Homebrew');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(tabs.first())).toBe(true);
    await page.keyboard.press('ArrowLeft'); // wraps around to the last tab
    await expect.poll(() => isFocused(tabs.last())).toBe(true);
  });

  it('opens and closes collapsible blocks made from mkdocs ??? with the keyboard', async () => {
    const { page } = site;
    await openPage(page, MKDOCS_PAGE.path);
    const closed = page.locator('details').filter({ has: page.locator('summary', { hasText: MKDOCS_PAGE.closedDetails }) });
    const open = page.locator('details').filter({ has: page.locator('summary', { hasText: MKDOCS_PAGE.openDetails }) });
    await expect(open.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(closed.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);

    const summary = closed.locator('summary');
    await summary.focus();
    expect((await readFocus(page)).hasIndicator, 'the focused summary is marked').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => closed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await expect(closed.getByText('HTTPS_PROXY').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => closed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  });

  it('lets the keyboard scroll a table too wide for the page, and leaves tables that fit out of the Tab order', async () => {
    const { page } = site;
    await openPage(page, MKDOCS_PAGE.path);
    const wide = page.getByRole('table').filter({ hasText: 'SHA-256' });
    const focus = await tabUntil(page, (f) => f.description.startsWith('table'));
    expect(focus.description).toMatch(/^table "System/);
    expect(focus.hasIndicator).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wide.evaluate((table) => table.scrollLeft)).toBeGreaterThan(0);

    await openPage(page, DEMO_PAGES.userGettingStarted);
    await expect(page.getByRole('table').getAttribute('tabindex')).resolves.toBeNull();
  });

  it('reaches the copy button of a code block with Tab, and it says what it does', async () => {
    const { page } = site;
    await openPage(page, MKDOCS_PAGE.path);
    const focus = await tabUntil(page, (f) => /copy code/i.test(f.description));
    expect(focus.description).toMatch(/^button "Copy code to clipboard"/);
    expect(focus.isVisible, 'the copy button shows when focused').toBe(true);
    expect(focus.hasIndicator).toBe(true);
  });

  it('marks every element the Tab key reaches on a doc page with a visible focus indicator', async () => {
    const { page } = site;
    await openPage(page, MKDOCS_PAGE.path);
    const unmarked: string[] = [];
    let reached = 0;
    for (let presses = 0; presses < 300; presses++) {
      await page.keyboard.press('Tab');
      const focus = await readFocus(page);
      if (focus.isBody) break;
      reached++;
      if (!focus.isVisible || !focus.hasIndicator) unmarked.push(`${focus.description} (${focus.isVisible ? 'no indicator' : 'not visible'})`);
    }
    expect(reached, 'Tab reached the navbar, sidebar, content and footer').toBeGreaterThan(20);
    expect(unmarked).toEqual([]);
  });
});

describe('motion', () => {
  const site = useSitePage();

  it('stops transitions and smooth scrolling when the reader asks for reduced motion', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.quickstart);
    const readMotion = () =>
      page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transition: getComputedStyle(document.querySelector('.menu__link')!).transitionDuration,
      }));
    const normal = await readMotion();
    expect(normal.transition, 'the sidebar links do move without the setting').not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(readMotion()).resolves.toEqual({ scroll: 'auto', transition: '0s' });
  });
});
