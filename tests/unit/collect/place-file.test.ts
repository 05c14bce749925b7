import { describe, expect, it } from 'vitest';
import { docFormat, placeFile } from '../../../src/collect/place-file.js';
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
});
