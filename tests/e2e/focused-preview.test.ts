import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES } from './helpers/demo-site.js';
import { openPreviewPage, type PreviewPage, type PreviewServer } from './helpers/preview-server.js';

const project = resolve(import.meta.dirname, '..', '..');
/** The dev server compiles before its first page: minutes on a busy 2-core machine. */
const START_TIMEOUT_MS = 300_000;
/** The published site (docusaurus.config.ts `url`), where links to pages outside the focus go. */
const PUBLISHED = 'https://docs.scs.community';

describe('focused preview: npm start -- --local builds that source and the site own pages', () => {
  let preview: PreviewPage | undefined;
  let server: PreviewServer;
  let page: Page;

  beforeAll(async () => {
    preview = await openPreviewPage(project, 'scs-e2e-focused-');
    ({ server, page } = preview);
  }, START_TIMEOUT_MS);

  afterAll(() => preview?.close(), 60_000);

  it('renders the local source page, links within the focus staying in the preview', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    await page.getByRole('heading', { level: 1, name: 'Quickstart' }).waitFor();
    expect(server.output()).toMatch(/preview: building only demo-operator-guide and the site's own pages/);
    await page.getByRole('article').getByRole('link', { name: 'overview', exact: true }).click();
    await page.waitForURL(`**${DEMO_PAGES.operatorOverview}`);
    await page.getByRole('heading', { level: 1, name: 'Lakeside Cloud for operators' }).waitFor();
  }, 120_000); // the first page the dev server sends is its whole bundle: slow on a busy machine

  it('sends a link to a page outside the focus to the published site', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    const standard = page.getByRole('article').getByRole('link', { name: 'naming standard' });
    await expect(standard.getAttribute('href')).resolves.toBe(`${PUBLISHED}/standards/scs-9001-v1-demo-naming`);
    await page.goto('/standards/scs-9001-v1-demo-naming'); // not built by this preview
    await page.getByRole('heading', { level: 1, name: 'Page Not Found' }).waitFor();
  }, 60_000);

  it('shows an edit of the local source in the open page', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    await page.getByRole('heading', { level: 1, name: 'Quickstart' }).waitFor();
    const file = join(server.checkout, 'docs', 'quickstart.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nWritten in a focused preview.\n`);
    await page.getByText('Written in a focused preview.').waitFor();
  }, 60_000);

  // a page's module takes its own hot update: Docusaurus would otherwise render the whole app anew on every save
  it('keeps the page around an edited text as the reader left it (a collapsed sidebar stays collapsed)', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    const file = join(server.checkout, 'docs', 'quickstart.md');
    // the first save of a page marks it uncommitted (its last update changes): Docusaurus renders that anew
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nWritten before the sidebar is collapsed.\n`);
    await page.getByText('Written before the sidebar is collapsed.').waitFor();
    await page.locator('.theme-last-updated', { hasText: 'uncommitted changes' }).waitFor();
    await page.getByRole('button', { name: 'Collapse sidebar', exact: true }).click();
    await page.getByRole('button', { name: 'Expand sidebar', exact: true }).waitFor();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nWritten while the sidebar is collapsed.\n`);
    await page.getByText('Written while the sidebar is collapsed.').waitFor();
    await expect(page.getByRole('button', { name: 'Expand sidebar', exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Expand sidebar', exact: true }).click();
  }, 60_000);

  it('shows a heading added by an edit in the table of contents', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    await page.getByRole('heading', { level: 1, name: 'Quickstart' }).waitFor();
    const file = join(server.checkout, 'docs', 'quickstart.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n## Checking the lake level\n\nA section added while the preview runs.\n`);
    await page.getByRole('heading', { level: 2, name: 'Checking the lake level' }).waitFor();
    await page.locator('.table-of-contents').getByRole('link', { name: 'Checking the lake level' }).waitFor();
  }, 60_000);

  // the docs plugin no longer watches pages (their text reaches the page through the bundler); a front matter
  // change must still reach the page's metadata: the sidebar and the browser tab
  it('shows a title changed in the front matter in the sidebar and the tab title', async () => {
    await page.goto(DEMO_PAGES.quickstart);
    await page.getByRole('heading', { level: 1, name: 'Quickstart' }).waitFor();
    const file = join(server.checkout, 'docs', 'quickstart.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Quickstart\n', 'title: Quickstart in ten minutes\n'));
    await page.getByRole('navigation', { name: /docs sidebar/i }).getByRole('link', { name: 'Quickstart in ten minutes' }).waitFor();
    await expect.poll(() => page.title()).toContain('Quickstart in ten minutes');
  }, 60_000);
});
