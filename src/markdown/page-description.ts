import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160;

/**
 * The page's description for search engines and link previews: the plain text of its first top-level paragraph
 * with words (a paragraph of only images or html has none), at most DESCRIPTION_LENGTH characters, cut at a
 * word boundary.
 */
export function describePage(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = plainText(node);
    if (/\p{L}/u.test(text)) return shortenAtWord(text, DESCRIPTION_LENGTH);
  }
  return undefined;
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
