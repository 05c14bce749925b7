import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { collectText, findElement, findElements, readAttribute } from '../../src/site/search/html/html-tree.js';
import { readBuiltPage } from '../../src/site/search/html/read-built-page.js';
import { listTwinProblems } from '../helpers/markdown-twin-checks.js';
import { DEMO_PAGES } from './helpers/demo-site.js';
import { openPage } from './helpers/open-page.js';
import { useSitePage } from './helpers/use-site-page.js';

const siteUrl = inject('siteUrl');

async function fetchText(path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(new URL(path, siteUrl));
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** The doc pages of the demo site: the sitemap's pages that have doc content, with their twin's address. */
async function listDocPages(): Promise<{ path: string; html: string; twin: string }[]> {
  const sitemap = parse((await fetchText('/sitemap.xml')).text);
  const paths = findElements(sitemap, (el) => el.tagName === 'loc').map((loc) => new URL(collectText(loc).trim()).pathname);
  const pages = await Promise.all(paths.map(async (path) => ({ path, html: (await fetchText(path)).text })));
  return pages.flatMap(({ path, html }) => {
    const document = parse(html);
    if (!readBuiltPage(html, path)) return [];
    const alternate = findElement(document, (el) => el.tagName === 'link' && readAttribute(el, 'type') === 'text/markdown');
    return [{ path, html, twin: alternate ? readAttribute(alternate, 'href') ?? '' : '' }];
  });
}

describe('the site as Markdown', () => {
  it('llms.txt has the llmstxt.org shape and links the twin of every doc page', async () => {
    const llms = await fetchText('/llms.txt');
    expect(llms.status).toBe(200);
    const lines = llms.text.split('\n');
    expect(lines[0]).toBe('# Sovereign Cloud Stack');
    expect(lines[2]).toMatch(/^> \S/);
    const sections = lines.filter((line) => line.startsWith('## '));
    expect(sections).toEqual(expect.arrayContaining(['## For Operators', '## For Users', '## Standards']));
    const items = lines.filter((line) => line.startsWith('- '));
    for (const item of items) expect(item).toMatch(/^- \[.+\]\(https:\/\/docs\.scs\.community\/\S+\.md\)(?:: .+)?$/);
    const linked = new Set(items.map((item) => new URL(/\]\((https:\/\/\S+?\.md)\)/.exec(item)![1]!).pathname));
    const docPages = await listDocPages();
    expect(docPages.length).toBeGreaterThan(5);
    expect(docPages.filter((page) => !linked.has(page.twin)).map((page) => page.path)).toEqual([]);
    const full = await fetchText('/llms-full.txt');
    expect(full.text.split('\n').filter((line) => line.startsWith('URL: ')).length).toBe(items.length);
  });

  it('gives every doc page a twin with its headings and code blocks and no site keys', async () => {
    const problems: string[] = [];
    for (const page of await listDocPages()) {
      expect(page.twin, `${page.path} names no Markdown alternate`).toMatch(/\.md$/);
      const twin = await fetchText(page.twin);
      if (twin.status !== 200) {
        problems.push(`${page.path}: ${page.twin} answers ${twin.status}`);
        continue;
      }
      const document = parse(page.html);
      const headings = readBuiltPage(page.html, page.path)!.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
      const code = findElements(document, (el) => el.tagName === 'pre').map((pre) => collectText(pre));
      problems.push(...listTwinProblems(twin.text, { headings, code }).map((problem) => `${page.twin}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it('no longer publishes the synced markdown sources', async () => {
    await expect(fetchText('/docs/99-demo/operator-guide/quickstart.md').then((r) => r.status)).resolves.toBe(404);
  });
});

describe('"Copy page as Markdown" and "View as Markdown"', () => {
  const site = useSitePage();
  const twinPath = `${DEMO_PAGES.quickstart}.md`;

  it('copies the twin to the clipboard and says so', async () => {
    const { page } = site;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await openPage(page, DEMO_PAGES.quickstart);
    await expect(page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href')).resolves.toBe(twinPath);
    const copy = page.getByRole('button', { name: 'Copy page as Markdown' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Copied the page as Markdown.' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe((await fetchText(twinPath)).text);
    expect(clipboard).toContain('# Quickstart');
    expect(site.errors).toEqual([]);
  });

  it('opens the twin', async () => {
    const { page } = site;
    await openPage(page, DEMO_PAGES.quickstart);
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === twinPath), page.getByRole('link', { name: 'View as Markdown' }).click()]);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe((await fetchText(twinPath)).text);
  });
});
