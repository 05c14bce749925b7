import { describe, expect, it } from 'vitest';
import { REDIRECTS, redirectsTo } from '../../../../src/site/redirects.js';

describe('site redirects', () => {
  it('leads the old standards overview URL to the generated overview when the build has that page', () => {
    expect(redirectsTo('/standards/overview')).toEqual(['/standards/standards/overview']);
  });

  it('asks for no redirect to other pages, so a redirect whose page was not built is left out', () => {
    expect(redirectsTo('/standards/')).toBeUndefined();
    expect(redirectsTo('/docs/')).toBeUndefined();
  });

  it('gives every listed old path to its page', () => {
    for (const { from, to } of REDIRECTS) expect(redirectsTo(to)).toEqual(expect.arrayContaining([from].flat()));
  });
});
