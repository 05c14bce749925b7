import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/site/search/client/pagefind-api.js';
import { normalizeResultUrl, toSearchHit } from '../../../src/site/search/client/to-search-hit.js';

function sub(title: string, url: string, matches: number, anchorId?: string): PagefindSubResult {
  return {
    title,
    url,
    excerpt: `about <mark>${title.toLowerCase()}</mark>`,
    locations: Array.from({ length: matches }, (_, i) => i),
    ...(anchorId && { anchor: { element: 'h2', id: anchorId, text: title, location: 0 } }),
  };
}

const page: PagefindResultData = {
  url: '/docs/lakes/ice-fishing/',
  excerpt: 'page <mark>excerpt</mark>',
  meta: { title: 'Ice fishing\u200b', section: 'For Operators', source: 'example-org/lakes', breadcrumb: 'Lakes › Winter' },
  sub_results: [
    sub('Ice fishing', '/docs/lakes/ice-fishing/', 1),
    sub('Safety', '/docs/lakes/ice-fishing/#safety', 4, 'safety'),
    sub('Tools', '/docs/lakes/ice-fishing/#tools', 2, 'tools'),
    sub('After', '/docs/lakes/ice-fishing/#after', 3, 'after'),
    sub('Weather', '/docs/lakes/ice-fishing/#weather', 2, 'weather'),
    sub('Gear', '/docs/lakes/ice-fishing/#gear', 1, 'gear'),
  ],
};

describe('toSearchHit', () => {
  it('links the result to the heading with the most matches, with that section\'s excerpt', () => {
    const hit = toSearchHit(page);
    expect(hit.url).toBe('/docs/lakes/ice-fishing#safety');
    expect(hit.excerpt).toEqual([{ text: 'about ', marked: false }, { text: 'safety', marked: true }]);
  });

  it('shows the title, section, sidebar path and source repo of the page', () => {
    expect(toSearchHit(page)).toMatchObject({ title: 'Ice fishing', section: 'For Operators', breadcrumb: 'Lakes › Winter', source: 'example-org/lakes' });
  });

  it('lists up to three more matching headings, best first, ties in page order', () => {
    expect(toSearchHit(page).headings.map((h) => [h.title, h.url])).toEqual([
      ['After', '/docs/lakes/ice-fishing#after'],
      ['Tools', '/docs/lakes/ice-fishing#tools'],
      ['Weather', '/docs/lakes/ice-fishing#weather'],
    ]);
  });

  it('links to the page itself when its top matches best', () => {
    const hit = toSearchHit({ ...page, sub_results: [sub('Ice fishing', '/docs/lakes/ice-fishing/', 5), sub('Tools', '/docs/lakes/ice-fishing/#tools', 1, 'tools')] });
    expect(hit.url).toBe('/docs/lakes/ice-fishing');
    expect(hit.headings.map((h) => h.title)).toEqual(['Tools']);
  });

  it('falls back to the page excerpt and URL when Pagefind gives no sections', () => {
    const hit = toSearchHit({ url: '/a/', excerpt: 'x <mark>y</mark>', meta: {} });
    expect(hit).toMatchObject({ title: '/a', url: '/a', headings: [] });
    expect(hit.excerpt).toEqual([{ text: 'x ', marked: false }, { text: 'y', marked: true }]);
  });
});

describe('normalizeResultUrl', () => {
  it.each([
    ['/docs/a/', '/docs/a'],
    ['/docs/a/#b', '/docs/a#b'],
    ['/', '/'],
    ['/#top', '/#top'],
    ['/docs/a', '/docs/a'],
  ])('%s → %s', (url, expected) => {
    expect(normalizeResultUrl(url)).toBe(expected);
  });
});
