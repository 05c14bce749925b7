import { describe, expect, it } from 'vitest';
import { describeSearchStatus, listShownHits, type SearchState } from '../../../src/site/search/client/search-state.js';
import type { SearchHit } from '../../../src/site/search/client/to-search-hit.js';

const hit: SearchHit = { title: 'A', url: '/a', excerpt: [], headings: [] };

describe('describeSearchStatus', () => {
  it('says how many pages match and how many are shown', () => {
    expect(describeSearchStatus({ status: 'done', query: 'lake', hits: [hit], total: 1 }, '')).toMatchInlineSnapshot(`"1 page matches."`);
    expect(describeSearchStatus({ status: 'done', query: 'lake', hits: [hit, hit], total: 2 }, 'Standards')).toMatchInlineSnapshot(
      `"2 pages match in Standards."`,
    );
    expect(describeSearchStatus({ status: 'done', query: 'lake', hits: [hit], total: 12 }, '')).toMatchInlineSnapshot(
      `"12 pages match; showing the best 1."`,
    );
  });

  it('names the query when nothing matches', () => {
    expect(describeSearchStatus({ status: 'done', query: 'walrus', hits: [], total: 0 }, 'Community')).toMatchInlineSnapshot(
      `"No results for “walrus” in Community."`,
    );
  });

  it('explains a missing index and a failed search', () => {
    expect(describeSearchStatus({ status: 'unavailable' }, '')).toMatchInlineSnapshot(
      `"Search is not available here: the index is built with the site (npm run build), not by npm start."`,
    );
    expect(describeSearchStatus({ status: 'failed' }, '')).toMatchInlineSnapshot(`"The search failed. Reload the page and try again."`);
  });

  it('says nothing before the reader types', () => {
    expect(describeSearchStatus({ status: 'idle' }, '')).toBe('');
  });
});

describe('listShownHits', () => {
  it('keeps the last results on screen while a new search runs', () => {
    const states: [SearchState, number][] = [
      [{ status: 'searching', hits: [hit] }, 1],
      [{ status: 'done', query: 'a', hits: [hit, hit], total: 2 }, 2],
      [{ status: 'idle' }, 0],
      [{ status: 'failed' }, 0],
    ];
    for (const [state, count] of states) expect(listShownHits(state)).toHaveLength(count);
  });
});
