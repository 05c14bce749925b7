import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160;

/**
 * The page's description for search engines and link previews: the plain text of its first top-level paragraph
 * with words (else of the first in a list or other block, quotes aside) (a paragraph of only images or html has none), at most DESCRIPTION_LENGTH characters, cut at a
 * word boundary.
 */
export function describePage(tree: Root): string | undefined {
  const topLevel = tree.children.filter((node) => node.type === 'paragraph');
  const nested: Paragraph[] = [];
  // a quote's first paragraph may be a GitHub alert's marker
  visit(tree, (node) => (node.type === 'blockquote' ? SKIP : node.type === 'paragraph' ? (nested.push(node), SKIP) : CONTINUE));
  const text = [...topLevel, ...nested].map(plainText).find((candidate) => /\p{L}/u.test(candidate));
  return text === undefined ? undefined : shortenAtWord(text, DESCRIPTION_LENGTH);
}

/** The text a reader sees, on one line: no markdown syntax, no html tags, image alt text left out. */
function plainText(paragraph: Paragraph): string {
  const text = toString(paragraph, { includeImageAlt: false, includeHtml: false });
  // what an image or html tag left out leaves a space before punctuation
  return text.replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}

/** `text` if it fits in `limit` characters, else its words up to the limit followed by an ellipsis. */
export function shortenAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  const words = (space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '');
  return `${words}…`;
}
