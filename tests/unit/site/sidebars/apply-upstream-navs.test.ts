import { describe, expect, it } from 'vitest';
import { applyUpstreamNavs, type SidebarItem } from '../../../../src/site/sidebars/apply-upstream-navs.js';

const docs = [
  { id: 'intro', path: 'docs/intro.md' },
  { id: 'book/index', path: 'docs/book/index.md' },
  { id: 'book/cleanup', path: 'docs/book/cleanup.md' },
  { id: 'book/introduction', path: 'docs/book/introduction.md' },
  { id: 'book/topics/a', path: 'docs/book/topics/a.md' },
  { id: 'book/topics/b', path: 'docs/book/topics/b.md' },
  { id: 'book/extra', path: 'docs/book/extra.md' },
];

/** What Docusaurus generates from the folders: file-name order, folder names as labels. */
const generated: SidebarItem[] = [
  { type: 'doc', id: 'intro' },
  {
    type: 'category',
    label: 'Book',
    link: { type: 'doc', id: 'book/index' },
    items: [
      { type: 'doc', id: 'book/cleanup' },
      { type: 'doc', id: 'book/extra' },
      { type: 'doc', id: 'book/introduction' },
      { type: 'category', label: 'topics', items: [{ type: 'doc', id: 'book/topics/a' }, { type: 'doc', id: 'book/topics/b' }] },
    ],
  },
];

const nav = {
  source: 'src/SUMMARY.md',
  items: [
    { type: 'doc' as const, path: 'docs/book/introduction.md', label: 'Introduction' },
    { type: 'category' as const, label: 'Topics', items: [{ type: 'doc' as const, path: 'docs/book/topics/b.md', label: 'B first' }, { type: 'doc' as const, path: 'docs/book/topics/a.md' }] },
    { type: 'doc' as const, path: 'docs/book/cleanup.md', label: 'Cleanup' },
    { type: 'link' as const, label: 'Upstream', href: 'https://example.org' },
  ],
};

describe('the sidebar of a folder with an upstream navigation', () => {
  it('follows the nav order and labels; the pages it does not list follow', () => {
    const [, book] = applyUpstreamNavs(generated, docs, [{ folder: 'book', nav }], 'docs');
    expect(book).toMatchObject({ type: 'category', label: 'Book', link: { type: 'doc', id: 'book/index' } });
    expect((book as { items: SidebarItem[] }).items).toEqual([
      { type: 'doc', id: 'book/introduction', label: 'Introduction' },
      { type: 'category', label: 'Topics', collapsed: true, collapsible: true, items: [{ type: 'doc', id: 'book/topics/b', label: 'B first' }, { type: 'doc', id: 'book/topics/a' }] },
      { type: 'doc', id: 'book/cleanup', label: 'Cleanup' },
      { type: 'link', label: 'Upstream', href: 'https://example.org' },
      { type: 'doc', id: 'book/extra' },
    ]);
  });

  it('leaves the rest of the section as generated', () => {
    const [intro] = applyUpstreamNavs(generated, docs, [{ folder: 'book', nav }], 'docs');
    expect(intro).toEqual({ type: 'doc', id: 'intro' });
  });

  it('changes nothing when no folder has a nav', () => {
    expect(applyUpstreamNavs(generated, docs, [], 'docs')).toEqual(generated);
  });
});
