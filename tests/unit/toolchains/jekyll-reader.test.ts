import { describe, expect, it } from 'vitest';
import { jekyll } from '../../../src/toolchains/jekyll/index.js';
import type { NavItem } from '../../../src/toolchains/types.js';
import { memoryDocs, memorySnapshot } from '../../helpers/toolchain-snapshots.js';

const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n${title}.\n`;

/** A Jekyll site under `site/` with a docs collection, tutorials, posts and pages. */
const SITE: Record<string, string> = {
  'site/_config.yml': 'title: T\ncollections:\n  docs:\n    output: true\n    permalink: /:collection/:path/\n  tutorials:\n    output: true\n  drafts_box:\n    output: false\nexclude:\n  - vendor\n',
  'site/_docs/index.md': page('Home', 'permalink: /docs/\n'),
  'site/_docs/install.md': page('Install'),
  'site/_docs/usage/config.md': page('Config'),
  'site/_docs/extra.md': page('Extra'),
  'site/_tutorials/intro.md': page('Intro', 'permalink: /tutorials/welcome/\n'),
  'site/_tutorials/next.md': page('Next'),
  'site/_posts/2020-01-02-hello.md': page('Hello'),
  'site/_drafts/wip.md': page('Draft'),
  'site/_drafts_box/hidden.md': page('Hidden'),
  'site/_includes/partial.md': 'partial',
  'site/about.md': page('About'),
  'site/unpublished.md': page('Unpublished', 'published: false\n'),
  'site/vendor/readme.md': page('Vendored'),
  'site/_data/docs_nav.yml': [
    '- title: Getting Started',
    '  docs:',
    '    - link: /docs/',
    '    - install',
    '- title: Reference',
    '  docs:',
    '    - url: /docs/usage/config/',
    '      title: Configuration',
    '    - link: /docs/gone/',
    '    - title: Jekyll on GitHub',
    '      url: https://github.com/jekyll/jekyll',
    '- title: About this site',
    '  link: /about.html',
  ].join('\n'),
  'site/_data/tutorials.yml': '- title: Tutorials\n  tutorials:\n    - welcome\n    - next\n',
  'site/_data/showcase.yml': '- name: Somebody\n  url: https://example.org/\n- name: Other\n  url: https://example.com/\n',
  'site/_data/people.csv': 'name,role\nAda,lead\n',
};

async function read(files: Record<string, string>, base = 'site') {
  const snapshot = memorySnapshot(files);
  const docs = memoryDocs(files, (path) => path.startsWith(`${base}/`));
  const config = jekyll.detect(snapshot.paths, base);
  return jekyll.prepare({ source: { id: 't', base, trusted: false }, ...(config ? { config } : {}), snapshot, docs });
}

function outline(items: readonly NavItem[]): unknown[] {
  return items.map((item) => (item.kind === 'section' ? { [item.label]: outline(item.items), ...(item.path ? { path: item.path } : {}) } : item.kind === 'page' ? (item.label ? `${item.path} «${item.label}»` : item.path) : `${item.label} -> ${item.href}`));
}

describe('jekyll detection', () => {
  const has = (...paths: string[]) => new Set(paths);
  it('finds _config.yml in base or above when Jekyll folders sit next to it', () => {
    expect(jekyll.detect(has('docs/_config.yml', 'docs/_layouts/default.html', 'docs/index.md'), 'docs')).toBe('docs/_config.yml');
    expect(jekyll.detect(has('_config.yaml', '_data/nav.yml', 'docs/a/b.md'), 'docs/a')).toBe('_config.yaml');
    expect(jekyll.detect(has('site/_config.yml', 'site/_guides/a.md'), 'site')).toBe('site/_config.yml');
  });
  it('is not Jekyll without one: a _config.yml alone (Hexo has one too), or none', () => {
    expect(jekyll.detect(has('_config.yml', 'source/_posts/a.md', 'scaffolds/post.md'), '')).toBeUndefined();
    expect(jekyll.detect(has('_config.yml', 'README.md'), '')).toBeUndefined();
    expect(jekyll.detect(has('docs/_layouts/a.html', 'docs/a.md'), 'docs')).toBeUndefined();
    expect(jekyll.detect(has('other/_config.yml', 'other/_layouts/a.html', 'docs/a.md'), 'docs')).toBeUndefined();
  });
});

describe('jekyll pages', () => {
  it('publishes pages and output collections; not partials, data, drafts, hidden collections, excluded or unpublished files', async () => {
    const reader = await read(SITE);
    const pages = Object.keys(SITE).filter((path) => /\.md$/.test(path) && reader.isPage(path));
    expect(pages).toEqual(['site/_docs/index.md', 'site/_docs/install.md', 'site/_docs/usage/config.md', 'site/_docs/extra.md', 'site/_tutorials/intro.md', 'site/_tutorials/next.md', 'site/_posts/2020-01-02-hello.md', 'site/about.md']);
  });
});

describe('jekyll navigation from _data', () => {
  it('reads lists naming pages by permalink, collection slug or last URL segment, sections by title; the biggest first', async () => {
    const reader = await read(SITE);
    expect(reader.nav?.file).toBe('site/_data/docs_nav.yml');
    expect(outline(reader.nav!.items)).toEqual([
      { 'Getting Started': ['site/_docs/index.md', 'site/_docs/install.md'] },
      { Reference: ['site/_docs/usage/config.md «Configuration»', 'Jekyll on GitHub -> https://github.com/jekyll/jekyll'] },
      'site/about.md «About this site»',
      { Tutorials: ['site/_tutorials/intro.md', 'site/_tutorials/next.md'] },
    ]);
  });

  it('reports entries naming no page; data that names no pages (showcase, people) is not navigation', async () => {
    const reader = await read(SITE);
    expect(reader.problems).toEqual([expect.objectContaining({ code: 'toolchain/nav-entry-missing', construct: '/docs/gone/', file: 'site/_data/docs_nav.yml', severity: 'info' })]);
    const withoutNav = await read(Object.fromEntries(Object.entries(SITE).filter(([path]) => !/(docs_nav|tutorials)\.yml$/.test(path))));
    expect(withoutNav.nav).toBeUndefined();
  });

  it('makes `site.data` of every data file, CSV included', async () => {
    const files = { ...SITE, 'site/about.md': '---\ntitle: About\n---\n{{ site.data.people[0].name }} leads; {{ site.data.tutorials[0].title }}.\n' };
    const reader = await read(files);
    const converted = await reader.convert({ path: 'site/about.md', text: files['site/about.md'] });
    expect(converted.text).toContain('Ada leads; Tutorials.');
  });

  it('declares the includes a page read, found or not, so that editing them converts the page again', async () => {
    const files = { ...SITE, 'site/about.md': '---\ntitle: About\n---\n{% include partial.md %} {% include gone.md %}\n' };
    const reader = await read(files);
    const converted = await reader.convert({ path: 'site/about.md', text: files['site/about.md'] });
    expect(converted.dependencies).toEqual(expect.arrayContaining(['site/_includes/partial.md', 'site/_includes/gone.md']));
  });
});

describe('jekyll: templates are untrusted', () => {
  const site = (text: string, extra: Record<string, string> = {}) => ({ 'site/_config.yml': 'title: T\n', 'site/_includes/loop.html': '{% include loop.html %}', 'site/page.md': `---\ntitle: P\n---\n${text}\n`, ...extra });
  const convert = async (files: Record<string, string>) => (await read(files)).convert({ path: 'site/page.md', text: files['site/page.md']! });

  it.each([
    ['an include including itself', '{% include loop.html %}', '{% include loop.html %}'],
    ['a huge loop', '{% for i in (1..100000000) %}{{ i }}{% endfor %}', '{% for i in (1..100000000) %}'],
    ['a string doubling itself', '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}', '{% for i in (1..40) %}'],
  ])('stops %s at a limit, reports it and keeps the tag as written', async (_name, template, kept) => {
    const started = Date.now();
    const converted = await convert(site(template));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(converted.problems).toEqual([expect.objectContaining({ code: 'toolchain/liquid-error', line: 4 })]);
    expect(converted.text).toContain(kept);
  });

  it('reads nothing outside the snapshot and the includes folder', async () => {
    const converted = await convert(site('{% include ../../../../etc/passwd %}|{% include /etc/hostname %}|{% render ../_config.yml %}'));
    expect(converted.text).not.toMatch(/root:|title: T/);
    expect(converted.problems.map((problem) => problem.code)).toEqual(['toolchain/missing-include', 'toolchain/missing-include', 'toolchain/missing-include']);
  });

  it('gives templates own properties only', async () => {
    const converted = await convert(site('[{{ site.constructor }}{{ page.__proto__ }}{{ site.data.toString }}]'));
    expect(converted.text).toContain('[]');
  });
});
