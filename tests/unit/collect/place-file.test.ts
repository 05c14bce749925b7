import { describe, expect, it } from 'vitest';
import { docFormat, isRenamedForSite, placeFile } from '../../../src/collect/place-file.js';
import { computeRoute } from '../../../src/link-index/compute-route.js';
import { sourceSpec } from './spec.js';

describe('placeFile', () => {
  it.each([
    ['docs/quickstart.md', 'docs/demo/quickstart.md'],
    ['docs/guides/setup.md', 'docs/demo/guides/setup.md'],
    ['docs/README.md', 'docs/demo/index.md'],
    ['docs/guides/Readme.md', 'docs/demo/guides/index.md'],
    ['docs/images/arch.png', 'docs/demo/images/arch.png'],
    ['assets/logo.svg', 'docs/demo/_upstream/assets/logo.svg'],
  ])('places %s at %s', (from, to) => {
    expect(placeFile(sourceSpec(), from)).toBe(to);
  });

  it('keeps the whole path when base is empty', () => {
    expect(placeFile(sourceSpec({ base: '' }), 'docs/x.md')).toBe('docs/demo/docs/x.md');
  });

  it('writes untrusted .mdx as .md and trusted .mdx as .mdx', () => {
    const untrusted = sourceSpec();
    const trusted = sourceSpec({ trusted: true });
    expect(placeFile(untrusted, 'docs/page.mdx', docFormat(untrusted, 'docs/page.mdx'))).toBe('docs/demo/page.md');
    expect(placeFile(trusted, 'docs/page.mdx', docFormat(trusted, 'docs/page.mdx'))).toBe('docs/demo/page.mdx');
  });

  // Docusaurus stops the whole build on a doc whose file or folder name gives no valid URL
  it.each(['#', '?', '%', '\\', '[', ']', '^', '|', '\t', '\n', '\u0001'])('gives a name with %j one the site can serve', (char) => {
    const from = `docs/odd${char}folder/odd names/a ${char}b.md`;
    const to = placeFile(sourceSpec(), from);
    expect(to).toBe('docs/demo/odd-folder/odd names/a -b.md');
    expect(isRenamedForSite(from)).toBe(true);
    expect(computeRoute(to)).toBe('/docs/demo/odd-folder/odd names/a -b');
    // as written, Docusaurus finds no URL for the page (in the middle of the name or at its end)
    expect([computeRoute(`docs/demo/odd names/a ${char}b.md`), computeRoute(`docs/demo/odd names/a ${char}.md`)]).toContain(undefined);
  });

  // the site's router reads them as a pattern: the page would be "not found", or stand in for other pages
  it.each(['(', ')', ':', '*'])('gives a name with %j one the router matches literally', (char) => {
    expect(placeFile(sourceSpec(), `docs/a ${char}b.md`)).toBe('docs/demo/a -b.md');
    expect(isRenamedForSite(`docs/a ${char}b.md`)).toBe(true);
  });

  it('gives a page whose name ends in spaces one the site can serve', () => {
    expect(placeFile(sourceSpec(), 'docs/spaces /name  .md')).toBe('docs/demo/spaces /name-.md');
    expect(computeRoute('docs/demo/spaces /name-.md')).toBe('/docs/demo/spaces /name-');
    expect(computeRoute('docs/demo/name  .md')).toBeUndefined();
    expect(placeFile(sourceSpec(), 'docs/logo .png')).toBe('docs/demo/logo .png');
  });

  it('keeps spaces, unicode and other punctuation', () => {
    for (const name of ['file with spaces', 'ünïcödé 名前', "a+b & d's {e} @f ~g ,;=!$"]) {
      expect(placeFile(sourceSpec(), `docs/${name}.md`)).toBe(`docs/demo/${name}.md`);
      expect(isRenamedForSite(`docs/${name}.md`)).toBe(false);
      expect(computeRoute(`docs/demo/${name}.md`)).toBeDefined();
    }
  });
});
