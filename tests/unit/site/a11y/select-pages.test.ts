import { describe, expect, it } from 'vitest';
import { readSitemapPaths } from '../../../../src/site/a11y/read-sitemap.js';
import { selectSamplePages, type PageLayout } from '../../../../src/site/a11y/select-sample-pages.js';

describe('the pages the accessibility check visits', () => {
  it('are the paths of the sitemap, in its order', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://docs.scs.community/docs/</loc><changefreq>weekly</changefreq></url>
      <url><loc>https://docs.scs.community/standards/scs-0100-v3</loc></url>
      <url><loc>https://docs.scs.community/</loc></url></urlset>`;
    expect(readSitemapPaths(xml)).toEqual(['/docs/', '/standards/scs-0100-v3', '/']);
  });

  it('in a sample: the first page of each docs layout, every page outside the docs, every page with a converted construct', () => {
    const doc = 'docs-doc-page plugin-docs';
    const pages: PageLayout[] = [
      { path: '/', template: 'plugin-pages', constructs: [] },
      { path: '/sources', template: 'plugin-pages', constructs: [] },
      { path: '/docs/a', template: doc, constructs: [] },
      { path: '/docs/b', template: doc, constructs: [] },
      { path: '/docs/tabs', template: doc, constructs: ['tabs'] },
      { path: '/docs/category', template: 'docs-generated-index plugin-docs', constructs: [] },
      { path: '/docs/other-category', template: 'docs-generated-index plugin-docs', constructs: [] },
      { path: '/docs/c', template: doc, constructs: [] },
    ];
    expect(selectSamplePages(pages)).toEqual(['/', '/sources', '/docs/a', '/docs/tabs', '/docs/category']);
  });
});
