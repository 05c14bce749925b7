import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What a built HTML file shows a reader, as far as the site checks care. */
export interface BuiltPage {
  /** Target of a client-redirect page (`<meta http-equiv="refresh" content="0; url=…">`). */
  redirectTo?: string;
  /** `href` of Docusaurus' "Edit this page" link (`a.theme-edit-this-page`). */
  editHref?: string;
  /** The "last updated" date (`.theme-last-updated time[datetime]`), or the line's text when it has no date. */
  lastUpdated?: string;
  /** The text of `<title>`. */
  title?: string;
  /** `<meta name="description">`. */
  description?: string;
  /** `<meta property="og:image">`. */
  socialImage?: string;
}

/** Reads a built page with parse5 (never with patterns over the HTML). */
export function readBuiltPage(html: string): BuiltPage {
  const page: BuiltPage = {};
  visitElements(parse(html).childNodes, (element, inLastUpdated) => {
    if (element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
      page.redirectTo ??= readRefreshTarget(attribute(element, 'content') ?? '');
    }
    if (element.tagName === 'a' && hasClass(element, 'theme-edit-this-page')) page.editHref ??= attribute(element, 'href');
    if (element.tagName === 'title') page.title ??= textOf(element).trim();
    if (element.tagName === 'meta' && attribute(element, 'name') === 'description') page.description ??= attribute(element, 'content');
    if (element.tagName === 'meta' && attribute(element, 'property') === 'og:image') page.socialImage ??= attribute(element, 'content');
    if (hasClass(element, 'theme-last-updated')) page.lastUpdated ??= textOf(element).trim() || undefined;
    if (inLastUpdated && element.tagName === 'time' && attribute(element, 'datetime')) {
      page.lastUpdated = attribute(element, 'datetime');
    }
  });
  return page;
}

/** `0; url=/docs/x` → `/docs/x` (the attribute's own micro-syntax, not HTML). */
function readRefreshTarget(content: string): string | undefined {
  const separator = content.indexOf(';');
  if (separator === -1) return undefined;
  const rest = content.slice(separator + 1).trim();
  const target = rest.toLowerCase().startsWith('url=') ? rest.slice(4).trim() : rest;
  return target.replace(/^['"]|['"]$/g, '') || undefined;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function visitElements(nodes: readonly Node[], onElement: (e: Element, inLastUpdated: boolean) => void, inside = false): void {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    onElement(node, inside);
    const children = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    visitElements(children, onElement, inside || hasClass(node, 'theme-last-updated'));
  }
}
