import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/diagnostics/format.js';
import { checkBookmarkedUrls, readUrlList, summariseUrlCheck } from '../../../../src/site/site-checks/check-bookmarked-urls.js';
import { docPage, fakeBuild, redirectPage } from './fake-build.js';

const build = fakeBuild({
  'index.html': docPage(),
  'docs/a/index.html': docPage(),
  'docs/b.html': docPage(),
  'docs/old/index.html': redirectPage('/docs/a'),
  'docs/chain/index.html': redirectPage('/docs/old'),
  'docs/moved/index.html': redirectPage('/docs/nowhere'),
  'docs/loop/index.html': redirectPage('/docs/loop'),
  'docs/out/index.html': redirectPage('https://scs.community/'),
  'img/logo.svg': '<svg/>',
  'docs/guide.md': '# raw markdown copied as a static file',
});

function check(paths: string[]) {
  return checkBookmarkedUrls(paths, build, 'urls.txt');
}

describe('URLs readers bookmarked', () => {
  it('resolve to pages and .html pages, with or without a trailing slash, query or fragment', () => {
    expect(check(['/', '/docs/a', '/docs/a/', '/docs/b', '/docs/a#intro', '/docs/a?x=1']).failures).toEqual([]);
  });

  it('resolve through client redirects that end on a page or leave the site', () => {
    const result = check(['/docs/old', '/docs/chain', '/docs/out']);
    expect(result.failures).toEqual([]);
    expect(result.results.map((r) => r.resolution)).toMatchObject([
      { kind: 'redirect', final: '/docs/a' },
      { kind: 'redirect', to: '/docs/old', final: '/docs/a' },
      { kind: 'redirect', final: 'https://scs.community/' },
    ]);
  });

  it('fail when nothing serves them, suggesting the closest page', () => {
    const [failure] = check(['/docs/aa']).failures;
    expect(formatDiagnostic(failure!)).toMatchInlineSnapshot(`
      "error: /docs/aa (from urls.txt) is not served: no page and no redirect
        hint: closest page: /docs/a. Add a redirect from this path to the page that serves it now in src/site/redirects.ts."
    `);
  });

  it('fail when a redirect ends nowhere or loops', () => {
    expect(check(['/docs/moved', '/docs/loop']).failures.map((d) => d.message)).toEqual([
      '/docs/moved (from urls.txt) redirects to /docs/nowhere, which ends at /docs/nowhere: not a page',
      '/docs/loop (from urls.txt) redirects to /docs/loop, which ends at /docs/loop: not a page',
    ]);
  });

  it('do not count static files as pages', () => {
    expect(check(['/img/logo.svg', '/docs/guide.md']).failures.map((d) => d.code)).toEqual(['site/url-not-served', 'site/url-not-served']);
  });

  it('are summed up in one line', () => {
    expect(summariseUrlCheck(check(['/docs/a', '/docs/old', '/docs/gone']), 'urls.txt')).toBe(
      '2 of 3 URL paths of urls.txt resolve (1 page, 1 redirect); 1 do not',
    );
  });

  it('are read one per line, skipping blank lines and comments', () => {
    expect(readUrlList('/a\r\n\n# moved in 2025\n  /b  \n')).toEqual(['/a', '/b']);
  });
});
