import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { checkPageMetadata } from '../../src/site/site-checks/check-page-metadata.js';

type Node = DefaultTreeAdapterMap['node'];

/** The URL paths of the sitemap Docusaurus builds (every page of the site). */
function sitemapPaths(xml: string): string[] {
  const paths: string[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!('childNodes' in node)) continue;
      if (node.nodeName === 'loc') paths.push(new URL(node.childNodes.map((child) => ('value' in child ? child.value : '')).join('').trim()).pathname);
      walk(node.childNodes);
    }
  };
  walk(parse(xml).childNodes);
  return paths;
}

describe('page metadata of the built site', () => {
  it('gives every page a title of its own, a meta description and a social card image', async () => {
    const siteUrl = inject('siteUrl');
    const paths = sitemapPaths(await (await fetch(`${siteUrl}/sitemap.xml`)).text());
    expect(paths.length).toBeGreaterThan(10);
    const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.replace(/^\/|\/$/g, '')}/index.html`);
    const pages = new Map<string, string>();
    // one at a time: the test server is small, and a real-corpus build (E2E_SITE_DIR) has hundreds of pages
    for (const path of paths) pages.set(fileOf(path), await (await fetch(`${siteUrl}${path}`)).text());
    const check = checkPageMetadata({ files: new Set(pages.keys()), read: (file) => pages.get(file) });
    expect(check.checked).toBe(paths.length);
    expect(check.failures.map((failure) => `${failure.file}: ${failure.message}`)).toEqual([]);
    const socialImage = (await (await fetch(`${siteUrl}/img/social-card.png`)).arrayBuffer()).byteLength;
    expect(socialImage).toBeGreaterThan(0);
  });
});
