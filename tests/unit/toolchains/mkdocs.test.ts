import { describe, expect, it } from 'vitest';
import type { CollectedSource } from '../../../src/collect/types.js';
import { chooseToolchain, type NavItem, type ToolchainReader } from '../../../src/toolchains/index.js';
import { mkdocs } from '../../../src/toolchains/mkdocs/index.js';
import { buildNavFiles } from '../../../src/write/nav-files.js';
import { makeSpec } from '../../helpers/source-spec.js';
import { memorySnapshot } from '../../helpers/toolchain-snapshots.js';

/** Prepares the mkdocs reader over files given by path, the docs being the markdown files under `base`. */
async function prepare(files: Record<string, string>, base = 'docs', config?: string): Promise<ToolchainReader> {
  const snapshot = memorySnapshot(files);
  const found = config ?? mkdocs.detect(snapshot.paths, base);
  const docs = new Map(Object.entries(files).filter(([path]) => (base === '' || path.startsWith(`${base}/`)) && path.endsWith('.md')));
  return mkdocs.prepare({ source: { id: 'test', base, trusted: false }, ...(found ? { config: found } : {}), snapshot, docs });
}

/** A nav as `[label|path, children]` outlines, for short expectations. */
function outline(items: readonly NavItem[]): unknown[] {
  return items.map((item) => {
    if (item.kind === 'page') return item.label ? `${item.label}: ${item.path}` : item.path;
    if (item.kind === 'link') return `${item.label} -> ${item.href}`;
    return { [`${item.label}${item.path ? ` (${item.path})` : ''}`]: outline(item.items) };
  });
}

const paths = (...list: string[]) => new Set(list);

describe('mkdocs detection', () => {
  it('finds mkdocs.yml or mkdocs.yaml in the base or a folder above it', () => {
    expect(mkdocs.detect(paths('mkdocs.yml', 'docs/index.md'), 'docs')).toBe('mkdocs.yml');
    expect(mkdocs.detect(paths('site/mkdocs.yaml', 'site/docs/a.md'), 'site')).toBe('site/mkdocs.yaml');
    expect(mkdocs.detect(paths('docs/mkdocs.yml', 'mkdocs.yml'), 'docs/guide')).toBe('docs/mkdocs.yml');
  });

  it('finds a config elsewhere whose default docs folder holds the base', () => {
    expect(mkdocs.detect(paths('site/mkdocs.yml', 'other/mkdocs.yml', 'site/docs/guide/a.md'), 'site/docs/guide')).toBe('site/mkdocs.yml');
  });

  it('finds the only config outside the base (docs_dir may point anywhere)', () => {
    expect(mkdocs.detect(paths('hack/api-docs/mkdocs.yml', 'docs/index.md'), 'docs')).toBe('hack/api-docs/mkdocs.yml');
    expect(mkdocs.detect(paths('a/mkdocs.yml', 'b/mkdocs.yml', 'docs/index.md'), 'docs')).toBeUndefined();
    expect(mkdocs.detect(paths('docs/sub/mkdocs.yml', 'docs/index.md'), 'docs')).toBeUndefined();
  });

  it('comes before gfm, which takes what no toolchain claims', () => {
    expect(chooseToolchain({ base: 'docs' }, paths('mkdocs.yml', 'docs/a.md')).toolchain.name).toBe('mkdocs');
    expect(chooseToolchain({ base: 'docs' }, paths('docs/a.md')).toolchain.name).toBe('gfm');
    expect(chooseToolchain({ base: 'docs', config: 'build/mkdocs.yaml' }, paths('build/mkdocs.yaml')).toolchain.name).toBe('mkdocs');
  });

  it('reports a config whose docs_dir does not hold the base, and does not use its navigation', async () => {
    const reader = await prepare({ 'tools/mkdocs.yml': 'docs_dir: site\nnav:\n  - a.md\n', 'tools/site/a.md': '# A', 'docs/b.md': '# B' });
    expect(reader.nav).toBeUndefined();
    expect(reader.problems.map((p) => p.code)).toEqual(['toolchain/config-elsewhere']);
  });

  it('reads a config with Python tags and reports one that is not YAML', async () => {
    const tagged = await prepare({ 'mkdocs.yml': 'site_name: !ENV [NAME, x]\nfmt: !!python/name:a.b\nnav:\n  - a.md\n', 'docs/a.md': '# A' });
    expect(tagged.problems).toEqual([]);
    expect(outline(tagged.nav!.items)).toEqual(['docs/a.md']);
    const broken = await prepare({ 'mkdocs.yml': 'nav: [a.md\n', 'docs/a.md': '# A' });
    expect(broken.problems.map((p) => p.code)).toEqual(['toolchain/config-unreadable']);
  });

  it('merges the config it INHERITs from', async () => {
    const reader = await prepare({
      'base.yml': 'markdown_extensions:\n  - admonition\nnav:\n  - a.md\n',
      'mkdocs.yml': 'INHERIT: base.yml\nmarkdown_extensions:\n  - attr_list\n',
      'docs/a.md': '# A',
    });
    expect(outline(reader.nav!.items)).toEqual(['docs/a.md']);
    const converted = await reader.convert({ path: 'docs/a.md', text: '!!! note\n    body\n\n## T { #t }\n' });
    expect(converted.text).toBe(':::note\n\nbody\n\n:::\n\n## T {#t}\n');
  });
});

describe('mkdocs pages', () => {
  it('leaves out a README next to an index, excluded and draft docs, and dot folders', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'exclude_docs: |\n  *.tmp.md\n  /drafts/\n  !/drafts/keep.md\ndraft_docs: wip-*.md\n',
      'docs/index.md': '',
      'docs/README.md': '',
      'docs/sub/README.md': '',
      'docs/a.tmp.md': '',
      'docs/drafts/x.md': '',
      'docs/drafts/keep.md': '',
      'docs/wip-plan.md': '',
      'docs/.hidden/x.md': '',
      'docs/page.md': '',
    });
    const pages = ['docs/index.md', 'docs/README.md', 'docs/sub/README.md', 'docs/a.tmp.md', 'docs/drafts/x.md', 'docs/drafts/keep.md', 'docs/wip-plan.md', 'docs/.hidden/x.md', 'docs/page.md'].filter((path) => reader.isPage(path));
    expect(pages).toEqual(['docs/index.md', 'docs/sub/README.md', 'docs/drafts/keep.md', 'docs/page.md']);
  });
});

describe('mkdocs nav', () => {
  it('reads pages, titles, links and nested sections, paths relative to docs_dir', async () => {
    const reader = await prepare({
      'mkdocs.yml': [
        'docs_dir: content',
        'nav:',
        '  - index.md',
        '  - Guide:',
        '      - Install: guide/install.md',
        '      - Deeper:',
        '          - guide/deep/one.md',
        '      - Upstream: https://example.com/docs/',
        '  - About: about.md',
      ].join('\n'),
      'content/index.md': '',
      'content/about.md': '',
      'content/guide/install.md': '',
      'content/guide/deep/one.md': '',
    }, 'content');
    expect(reader.nav?.file).toBe('mkdocs.yml');
    expect(outline(reader.nav!.items)).toEqual([
      'content/index.md',
      { Guide: ['Install: content/guide/install.md', { Deeper: ['content/guide/deep/one.md'] }, 'Upstream -> https://example.com/docs/'] },
      'About: content/about.md',
    ]);
  });

  it('makes a section\'s first index page its page with navigation.indexes, and opens sections with navigation.expand', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'theme:\n  name: material\n  features: [navigation.indexes, navigation.expand]\nnav:\n  - Section:\n      - sec/index.md\n      - sec/a.md\n',
      'docs/sec/index.md': '',
      'docs/sec/a.md': '',
    });
    expect(reader.nav!.items).toEqual([{ kind: 'section', label: 'Section', path: 'docs/sec/index.md', collapsed: false, items: [{ kind: 'page', path: 'docs/sec/a.md' }] }]);
  });

  it('has no navigation without nav and nav files: mkdocs orders the folders', async () => {
    expect((await prepare({ 'mkdocs.yml': 'site_name: x\n', 'docs/a.md': '' })).nav).toBeUndefined();
  });

  it('keeps entries naming no page, for the nav files to report, and lists unlisted pages after the nav', async () => {
    const reader = await prepare({ 'mkdocs.yml': 'nav:\n  - One: one.md\n  - gone.md\n', 'docs/one.md': '', 'docs/two.md': '' });
    const spec = makeSpec({ id: 'test', base: 'docs', target: 'docs/test' });
    const collected = {
      fetched: { spec, status: 'synced', commit: 'c0ffee' },
      files: ['one', 'two'].map((name) => ({ source: 'test', from: `docs/${name}.md`, to: `docs/test/${name}.md`, kind: 'doc', content: Buffer.from(''), reason: 'include' })),
      snapshotPaths: [],
      toolchain: { name: 'mkdocs', detected: true },
      nav: reader.nav,
    } as unknown as CollectedSource;
    const { files, diagnostics } = buildNavFiles([collected]);
    expect(JSON.parse(files[0]!.content.toString()).items).toEqual([{ type: 'doc', path: 'docs/test/one.md', label: 'One' }]);
    expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['toolchain/nav-entry-not-imported mkdocs.yml', 'toolchain/unlisted-page docs/two.md']);
  });

  it('fills a `...` entry with the pages the nav does not list when awesome-pages is on', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'plugins:\n  - awesome-pages\nnav:\n  - first.md\n  - ...\n  - Last: last.md\n',
      'docs/first.md': '',
      'docs/last.md': '',
      'docs/b.md': '',
      'docs/a.md': '',
      'docs/sub/c.md': '',
    });
    expect(outline(reader.nav!.items)).toEqual(['docs/first.md', 'docs/a.md', 'docs/b.md', { Sub: ['docs/sub/c.md'] }, 'Last: docs/last.md']);
  });
});

describe('awesome-pages (.pages)', () => {
  it('orders, titles, hides and collapses folders, makes a folder\'s index its section\'s page, and fills rest entries by pattern', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'plugins:\n  - awesome-pages:\n      collapse_single_pages: true\n',
      'docs/.pages': 'nav:\n  - intro.md\n  - guides\n  - ... | glob=ref-*\n  - Website: https://example.com\n  - ...\n',
      'docs/intro.md': '',
      'docs/zeta.md': '',
      'docs/alpha.md': '',
      'docs/ref-b.md': '',
      'docs/ref-a.md': '',
      'docs/guides/.pages': 'title: How-to guides\norder: desc\n',
      'docs/guides/README.md': '',
      'docs/guides/one.md': '',
      'docs/guides/two.md': '',
      'docs/hidden/.pages': 'hide: true\n',
      'docs/hidden/x.md': '',
      'docs/single/only.md': '',
      'docs/more/.pages': 'nav:\n  - Second: b.md\n  - Group:\n    - a.md\n',
      'docs/more/a.md': '',
      'docs/more/b.md': '',
      'docs/more/unlisted.md': '',
    });
    expect(reader.nav!.file).toBe('docs/.pages');
    expect(outline(reader.nav!.items)).toEqual([
      'docs/intro.md',
      { 'How-to guides (docs/guides/README.md)': ['docs/guides/two.md', 'docs/guides/one.md'] },
      'docs/ref-a.md',
      'docs/ref-b.md',
      'Website -> https://example.com',
      'docs/alpha.md',
      'docs/zeta.md',
      { More: ['Second: docs/more/b.md', { Group: ['docs/more/a.md'] }] },
      'docs/single/only.md',
    ]);
  });

  it('filters the rest by regex and flattens folders with `| flat`', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'plugins:\n  - awesome-pages\n',
      'docs/.pages': 'nav:\n  - ... | regex=^v\\d\n  - ... | flat\n',
      'docs/v1.md': '',
      'docs/v2.md': '',
      'docs/notes.md': '',
      'docs/folder/inner.md': '',
    });
    expect(outline(reader.nav!.items)).toEqual(['docs/v1.md', 'docs/v2.md', 'docs/notes.md', 'docs/folder/inner.md']);
  });
});

describe('awesome-nav (.nav.yml)', () => {
  it('reads globs, titles, sort options, ignore and append_unmatched', async () => {
    const reader = await prepare({
      'mkdocs.yml': 'theme:\n  features: [navigation.indexes]\nplugins:\n  - awesome-nav\n',
      'docs/.nav.yml': 'nav:\n  - getting-started.md\n  - guides\n  - More:\n    - "*"\n    - MkDocs: https://mkdocs.org\n',
      'docs/getting-started.md': '',
      'docs/support.md': '',
      'docs/faq.md': '',
      'docs/guides/.nav.yml': 'title: Guides!\nignore: "*.draft.md"\nsort:\n  direction: desc\n  sections: first\n',
      'docs/guides/index.md': '',
      'docs/guides/page2.md': '',
      'docs/guides/page10.md': '',
      'docs/guides/x.draft.md': '',
      'docs/guides/deep/a.md': '',
      'docs/extra/.nav.yml': 'nav:\n  - b.md\nappend_unmatched: true\n',
      'docs/extra/a.md': '',
      'docs/extra/b.md': '',
    });
    expect(outline(reader.nav!.items)).toEqual([
      'docs/getting-started.md',
      { 'Guides! (docs/guides/index.md)': [{ Deep: ['docs/guides/deep/a.md'] }, 'docs/guides/page10.md', 'docs/guides/page2.md'] },
      { More: ['docs/faq.md', 'docs/support.md', { Extra: ['docs/extra/b.md', 'docs/extra/a.md'] }, 'MkDocs -> https://mkdocs.org'] },
    ]);
  });

  it('ignores mkdocs.yml\'s nav when awesome-nav is on, and reads nav files without a config', async () => {
    const withNav = await prepare({ 'mkdocs.yml': 'plugins:\n  - awesome-nav\nnav:\n  - b.md\n', 'docs/.nav.yml': 'nav:\n  - a.md\n', 'docs/a.md': '', 'docs/b.md': '' });
    expect(outline(withNav.nav!.items)).toEqual(['docs/a.md']);
    const snapshot = memorySnapshot({ 'docs/.pages': 'nav:\n  - b.md\n  - ...\n', 'docs/a.md': '', 'docs/b.md': '' });
    const docs = new Map([['docs/a.md', ''], ['docs/b.md', '']]);
    const noConfig = await mkdocs.prepare({ source: { id: 't', base: 'docs', trusted: false }, snapshot, docs });
    expect(outline(noConfig.nav!.items)).toEqual(['docs/b.md', 'docs/a.md']);
  });
});
