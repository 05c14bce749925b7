/**
 * The sync reads every doc with its own parser (src/markdown/parse-markdown.ts) and decides from that tree what
 * is a link, raw html or code. Where it reads a doc differently from the site's markdown pipeline, something it
 * never checked reaches the site: it must use the very same syntax extensions as Docusaurus.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const ours = createRequire(import.meta.url);
const mdxLoader = createRequire(ours.resolve('@docusaurus/mdx-loader'));
const mdxCompiler = createRequire(mdxLoader.resolve('@mdx-js/mdx'));

describe('parseMarkdown', () => {
  it.each(['remark-gfm', 'remark-directive', 'remark-frontmatter'])('uses the copy of %s the site build uses', (name) => {
    expect(ours.resolve(name)).toBe(mdxLoader.resolve(name));
  });

  it('uses the copy of remark-parse the MDX compiler uses', () => {
    expect(ours.resolve('remark-parse')).toBe(mdxCompiler.resolve('remark-parse'));
  });
});
