/** Small helpers over parse5's tree of a built page. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlParent = DefaultTreeAdapterMap['parentNode'];

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function readAttribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function hasClass(element: HtmlElement, className: string): boolean {
  return (readAttribute(element, 'class') ?? '').split(/\s+/).includes(className);
}

export function listChildren(node: HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The first element (depth first, document order) that matches, starting at `node` itself. */
export function findElement(node: HtmlNode, matches: (element: HtmlElement) => boolean): HtmlElement | undefined {
  if (isElement(node) && matches(node)) return node;
  for (const child of listChildren(node)) {
    const found = findElement(child, matches);
    if (found) return found;
  }
  return undefined;
}

/** Every element that matches, in document order (not looking inside matches). */
export function findElements(node: HtmlNode, matches: (element: HtmlElement) => boolean): HtmlElement[] {
  if (isElement(node) && matches(node)) return [node];
  return listChildren(node).flatMap((child) => findElements(child, matches));
}

/** Collapses runs of white space (and drops zero-width spaces) the way a browser shows text. */
export function normalizeText(text: string): string {
  return text.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim();
}

/** The raw text inside a node; `skip` leaves out whole subtrees. */
export function collectText(node: HtmlNode, skip: (element: HtmlElement) => boolean = () => false): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && skip(node)) return '';
  const parts = listChildren(node).map((child) => collectText(child, skip));
  return isElement(node) && BLOCK_BREAK_TAGS.has(node.tagName) ? ` ${parts.join('')} ` : parts.join('');
}

/** Elements whose text is separate from their neighbours' (`<td>a</td><td>b</td>` reads "a b"). */
const BLOCK_BREAK_TAGS = new Set(['td', 'th', 'br', 'li', 'p', 'div', 'tr', 'dt', 'dd']);
