import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { parseMdx } from '../../toolchains/docusaurus/parse-mdx.js';
import { admonitionsToQuotes } from './admonitions-to-quotes.js';
import { makeUrlsAbsolute } from './absolute-urls.js';
import { preprocessLikeDocusaurus } from './preprocess-like-docusaurus.js';
import { removeSiteSyntax } from './remove-site-syntax.js';
import { replaceEmojiShortcodes } from './replace-emoji-shortcodes.js';
import { tabsToSections } from './tabs-to-sections.js';
import { formatTwinFrontMatter } from './twin-front-matter.js';
import type { Twin, TwinPage, TwinSite } from './twin-types.js';

const STRINGIFY_OPTIONS: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmToMarkdown()],
};

/**
 * A doc page as clean Markdown, made from the markdown file the page is built from: the page's title as its
 * first heading, site syntax turned into what a reader sees (admonitions as labelled quotes, tabs as headed
 * sections, emoji), every URL absolute, and a small front matter (twin-front-matter.ts). Code blocks, headings
 * and the rest of the content are kept as they are.
 */
export function convertToTwin(text: string, page: TwinPage, site: TwinSite): Twin {
  const tree = parsePage(preprocessLikeDocusaurus(text), page.file);
  tabsToSections(tree);
  admonitionsToQuotes(tree);
  removeSiteSyntax(tree);
  replaceEmojiShortcodes(tree);
  makeUrlsAbsolute(tree, page, site);
  addTitleHeading(tree, page.title);
  return { frontMatter: formatTwinFrontMatter(page, site), body: toMarkdown(tree, STRINGIFY_OPTIONS) };
}

/** `.mdx` is read as MDX, as Docusaurus does (`format: 'detect'`); a page MDX cannot parse could not have been built. */
function parsePage(text: string, file: string): Root {
  if (!file.endsWith('.mdx')) return parseMarkdown(text);
  const parsed = parseMdx(text);
  if ('tree' in parsed) return parsed.tree;
  throw new Error(`${file}:${parsed.line ?? 1}: cannot read the page as MDX (${parsed.error})`);
}

/** The page shows its title as a level-1 heading; markdown that does not start with one gets it. */
function addTitleHeading(tree: Root, title: string): void {
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1) return;
  tree.children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
}
