import type { Definition, Link, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { planFocus } from '../../../src/preview/plan-focus.js';
import { focusDocsOptions } from '../../../src/site/preview-focus/focus-docs-options.js';
import remarkLinksOutsideFocus from '../../../src/site/preview-focus/remark-links-outside-focus.js';

const SITE = 'https://docs.example.org';
const PAGES = [
  { to: 'docs/index.md', route: '/docs/' },
  { to: 'docs/03-container/registry/index.md', route: '/docs/container/registry/' },
  { to: 'docs/03-container/registry/setup.md', route: '/docs/container/registry/setup' },
  { to: 'docs/03-container/cluster/install (old).md', route: '/docs/container/cluster/install (old)' },
  { to: 'standards/scs-0100-v3.md', route: '/standards/scs-0100-v3' },
  { to: 'standards/overview.md', route: '/standards/overview' },
];

describe('the focus of a preview', () => {
  const focus = planFocus({ targets: ['docs/03-container/registry'], ownPages: ['docs/index.md'] }, PAGES);

  it('builds the focused source target folder and the site own pages, and lists every other page with its route', () => {
    expect(focus.pages).toEqual(['docs/03-container/registry/**/*.{md,mdx}', 'docs/index.md']);
    expect(focus.elsewhere).toEqual({
      'docs/03-container/cluster/install (old).md': '/docs/container/cluster/install (old)',
      'standards/scs-0100-v3.md': '/standards/scs-0100-v3',
      'standards/overview.md': '/standards/overview',
    });
  });

  it('gives each docs instance only its own focused pages, with a sidebar made of them', () => {
    expect(focusDocsOptions(focus, 'docs', '/site/content', SITE)).toMatchObject({ include: ['03-container/registry/**/*.{md,mdx}', 'index.md'], sidebarPath: './sidebars.ts' });
    expect(focusDocsOptions(focus, 'standards', '/site/content', SITE)).toMatchObject({ include: [] });
    const whole = planFocus({ targets: ['standards'], ownPages: [] }, PAGES);
    expect(focusDocsOptions(whole, 'standards', '/site/content', SITE)).not.toHaveProperty('sidebarPath');
    expect(focusDocsOptions(undefined, 'docs', '/site/content', SITE)).toEqual({});
  });

  it('names a page whose name holds glob characters as itself only', () => {
    const odd = planFocus({ targets: [], ownPages: ['docs/03-container/cluster/install (old).md'] }, PAGES);
    expect(odd.pages).toEqual(['docs/03-container/cluster/install \\(old\\).md']);
    expect(Object.keys(odd.elsewhere)).not.toContain('docs/03-container/cluster/install (old).md');
    expect(Object.keys(odd.elsewhere)).toHaveLength(PAGES.length - 1);
  });
});

describe('links of a focused page', () => {
  const elsewhere = planFocus({ targets: ['docs/03-container/registry'], ownPages: ['docs/index.md'] }, PAGES).elsewhere;

  /** The link destinations of `markdown` at content/<page> after the plugin ran. */
  function linksOf(markdown: string, page = 'docs/03-container/registry/setup.md'): string[] {
    const processor = unified().use(remarkParse).use(remarkMdx);
    const tree = processor.parse(markdown) as Root;
    remarkLinksOutsideFocus({ contentDir: '/site/content', siteUrl: SITE, elsewhere })(tree, { path: `/site/content/${page}` });
    const urls: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') urls.push((node as Link | Definition).url);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') urls.push(...(node as MdxJsxFlowElement).attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [a.value] : [])));
    });
    return urls;
  }

  it('go to the published site when their page is not built, by file path or by route, anchor and query kept', () => {
    expect(linksOf('[a](../cluster/install%20%28old%29.md#steps) [b](/standards/scs-0100-v3?x=1#scope) [c]\n\n[c]: /standards/overview/')).toEqual([
      `${SITE}/docs/container/cluster/install%20(old)#steps`,
      `${SITE}/standards/scs-0100-v3?x=1#scope`,
      `${SITE}/standards/overview/`,
    ]);
  });

  it('stay as written when their page is built, or when they go anywhere else', () => {
    const kept = ['./index.md', '../../index.md#top', '/docs/container/registry/', '#usage', 'https://example.org/x.md', 'pathname:///docs/file.pdf', '/sources', 'mailto:a@example.org'];
    expect(linksOf(kept.map((url, i) => `[l${i}](${url})`).join(' '))).toEqual(kept);
  });

  it('written as JSX go to the published site too', () => {
    expect(linksOf('<a href="/standards/overview">overview</a>\n')).toEqual([`${SITE}/standards/overview`]);
  });
});
