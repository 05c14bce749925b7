import { defaultTreeAdapter, parse, serialize } from 'parse5';
import { isElement, listChildren, type HtmlNode } from './html-tree.js';

/**
 * Cells and terms whose text Pagefind would glue to the next one ("keyFlagDescription") because it does
 * not end a word at their end tag: they get a trailing space.
 */
const SPACED_TAGS = new Set(['th', 'td', 'dt', 'dd', 'caption', 'figcaption', 'summary']);

function addTrailingSpaces(node: HtmlNode): void {
  for (const child of listChildren(node)) addTrailingSpaces(child);
  if (isElement(node) && SPACED_TAGS.has(node.tagName)) defaultTreeAdapter.insertText(node, ' ');
}

/**
 * The page as Pagefind should read it: every element closed, and a space after table cells. The site's
 * HTML minifier leaves out optional end tags (`<td>a<td>b`, `<li>…<li>`), which a browser reads correctly
 * but Pagefind's streaming parser does not: it would glue the text of cells and list items together.
 */
export function normalizePageHtml(html: string): string {
  const document = parse(html);
  addTrailingSpaces(document);
  return serialize(document);
}
