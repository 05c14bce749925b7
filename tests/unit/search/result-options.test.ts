import { describe, expect, it } from 'vitest';
import { describePlace, listResultOptions, moveActiveOption } from '../../../src/site/search/client/result-options.js';
import type { SearchHit } from '../../../src/site/search/client/to-search-hit.js';

const hits: SearchHit[] = [
  {
    title: 'Ice fishing',
    url: '/docs/ice#safety',
    section: 'For Operators',
    breadcrumb: 'Lakes › Winter',
    source: 'example-org/lakes',
    excerpt: [],
    headings: [{ title: 'Tools', url: '/docs/ice#tools', excerpt: [] }],
  },
  { title: 'Boats', url: '/docs/boats', excerpt: [], headings: [] },
];

describe('listResultOptions', () => {
  it('lists each page followed by its headings, with unique ids', () => {
    const options = listResultOptions(hits, 'r');
    expect(options.map((o) => [o.id, o.kind, o.title, o.url])).toEqual([
      ['r-0', 'page', 'Ice fishing', '/docs/ice#safety'],
      ['r-0-0', 'heading', 'Tools', '/docs/ice#tools'],
      ['r-1', 'page', 'Boats', '/docs/boats'],
    ]);
  });

  it('tells where a page is and where it comes from; a heading names its page', () => {
    const [page, heading] = listResultOptions(hits, 'r');
    expect(page).toMatchObject({ place: 'For Operators › Lakes › Winter', source: 'example-org/lakes' });
    expect(heading).toMatchObject({ pageTitle: 'Ice fishing' });
  });
});

describe('describePlace', () => {
  it('joins the section and the sidebar path, leaving out what is unknown', () => {
    expect(describePlace({ section: 'Standards' })).toBe('Standards');
    expect(describePlace({ breadcrumb: 'Lakes' })).toBe('Lakes');
    expect(describePlace({})).toBeUndefined();
  });
});

describe('moveActiveOption', () => {
  it('moves down and up, wrapping around the ends', () => {
    expect(moveActiveOption(0, 1, 3)).toBe(1);
    expect(moveActiveOption(2, 1, 3)).toBe(0);
    expect(moveActiveOption(0, -1, 3)).toBe(2);
  });

  it('starts at the first option going down and at the last going up', () => {
    expect(moveActiveOption(-1, 1, 3)).toBe(0);
    expect(moveActiveOption(-1, -1, 3)).toBe(2);
  });

  it('has no active option without options', () => {
    expect(moveActiveOption(0, 1, 0)).toBe(-1);
  });
});
