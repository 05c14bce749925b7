import { describe, expect, it } from 'vitest';
import { buildLinkIndex } from '../../../src/link-index/build-link-index.js';

describe('buildLinkIndex', () => {
  const index = buildLinkIndex([
    { source: 'a', repoKey: 'github.com/o/r', from: 'docs/01-intro.md', to: 'docs/x/01-intro.md', kind: 'doc', content: '---\nslug: /start\n---\n# Intro\n## Next step\n' },
    { source: 'b', repoKey: 'github.com/o/r', from: 'docs/01-intro.md', to: 'community/intro.md', kind: 'doc', content: '---\nslug: [broken\n---\n# Intro\n' },
    { source: 'a', repoKey: 'github.com/o/r', from: 'docs/logo.png', to: 'docs/x/logo.png', kind: 'asset' },
  ]);

  it('finds files by upstream path (every import) and by site path', () => {
    expect(index.findAll?.('github.com/o/r', 'docs/01-intro.md').map((f) => f.to)).toEqual(['docs/x/01-intro.md', 'community/intro.md']);
    expect(index.find('github.com/o/r', 'docs/logo.png')?.to).toBe('docs/x/logo.png');
    expect(index.findBySitePath('community/intro.md')?.source).toBe('b');
    expect(index.find('github.com/o/other', 'docs/logo.png')).toBeUndefined();
  });

  it('gives docs their route (front matter slug honoured, broken front matter ignored) and anchors', () => {
    expect(index.findBySitePath('docs/x/01-intro.md')).toMatchObject({
      route: '/docs/start',
      anchors: new Set(['next-step']),
      titleAnchors: new Set(['intro']),
    });
    expect(index.findBySitePath('community/intro.md')?.route).toBe('/community/intro');
    expect(index.findBySitePath('docs/x/logo.png')?.route).toBeUndefined();
  });
});

describe('buildLinkIndex with two pages on one URL', () => {
  const index = buildLinkIndex([
    { source: 'a', repoKey: 'github.com/o/a', from: 'docs/intro.md', to: 'docs/x/intro.md', kind: 'doc', content: '# Intro\n' },
    { source: 'b', repoKey: 'github.com/o/b', from: 'docs/takeover.md', to: 'docs/x/takeover.md', kind: 'doc', content: '---\nslug: /x/intro\n---\n# Takeover\n' },
  ]);

  it('keeps the URL for the page whose place gives it, and serves the slug page at its own place', () => {
    expect(index.findByRoute('/docs/x/intro')?.from).toBe('docs/intro.md');
    const takeover = index.findBySitePath('docs/x/takeover.md');
    expect(takeover?.route).toBe('/docs/x/takeover');
    expect(takeover?.routeCollision).toMatchObject({ lostRoute: '/docs/x/intro', owner: { from: 'docs/intro.md' } });
  });
});

describe('buildLinkIndex with two pages whose places give them one URL', () => {
  const doc = (to: string) => ({ source: 'a', repoKey: 'github.com/o/a', from: to.replace('docs/x/', 'docs/'), to, kind: 'doc' as const, content: '# Page\n' });
  const index = buildLinkIndex([doc('docs/x/01-intro.md'), doc('docs/x/intro.md'), doc('docs/x/a.md'), doc('docs/x/a/index.md')]);

  it('keeps the URL for the page that has it without a stripped number prefix, and gives the other its prefix back', () => {
    expect(index.findByRoute('/docs/x/intro')?.to).toBe('docs/x/intro.md');
    expect(index.findBySitePath('docs/x/01-intro.md')).toMatchObject({ route: '/docs/x/01-intro', placeCollision: { lostRoute: '/docs/x/intro', slug: '/x/01-intro', id: '01-intro' } });
  });

  it('gives a folder index that collides with a page beside its folder a numbered URL', () => {
    expect(index.findByRoute('/docs/x/a')?.to).toBe('docs/x/a.md');
    expect(index.findBySitePath('docs/x/a/index.md')).toMatchObject({ route: '/docs/x/a-2', placeCollision: { slug: '/x/a-2', id: 'a-2' } });
  });
});

describe('buildLinkIndex with a slug or id no URL can hold', () => {
  it('gives the page the URL of its place, as the transform drops the key', () => {
    const index = buildLinkIndex([
      { source: 'a', repoKey: 'github.com/o/r', from: 'docs/02-a.md', to: 'docs/x/02-a.md', kind: 'doc', content: '---\nslug: /odd#slug?x=1%\n---\n# A\n' },
      { source: 'a', repoKey: 'github.com/o/r', from: 'docs/b.md', to: 'docs/x/b.md', kind: 'doc', content: '---\nid: "b#c"\n---\n# B\n' },
    ]);
    expect(index.findBySitePath('docs/x/02-a.md')?.route).toBe('/docs/x/a');
    expect(index.findBySitePath('docs/x/b.md')?.route).toBe('/docs/x/b');
  });
});
