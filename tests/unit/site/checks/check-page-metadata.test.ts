import { describe, expect, it } from 'vitest';
import { checkPageMetadata } from '../../../../src/site/site-checks/check-page-metadata.js';
import { docPage, fakeBuild, redirectPage } from './fake-build.js';

describe('checkPageMetadata', () => {
  it('fails on pages sharing a <title>, and on pages without description or og:image', () => {
    const bare = '<!doctype html><html><head><title>Bare | Sovereign Cloud Stack</title></head><body><p>x</p></body></html>';
    const check = checkPageMetadata(
      fakeBuild({
        'docs/a/index.html': docPage({ title: 'Overview' }),
        'docs/b/index.html': docPage({ title: 'Overview' }),
        'docs/c/index.html': docPage({ title: 'Overview · C' }),
        'docs/d/index.html': bare,
        'docs/old/index.html': redirectPage('/docs/a'),
        '404.html': bare,
      }),
    );
    expect(check.checked).toBe(4);
    expect([...check.sharedTitles]).toEqual([['Overview | Sovereign Cloud Stack', ['docs/a/index.html', 'docs/b/index.html']]]);
    expect(check.failures.map((failure) => `${failure.code} ${failure.file}`)).toEqual(['site/shared-title docs/a/index.html', 'site/description-missing docs/d/index.html', 'site/social-image-missing docs/d/index.html']);
  });
});
