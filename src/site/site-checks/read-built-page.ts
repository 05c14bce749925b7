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
  /** The page's layout and section as Docusaurus names them on <html> (`plugin-docs plugin-id-standards docs-doc-page …`), without the doc's id. */
  template: string;
  /** The constructs of upstream docs the page shows, by kind (see CONSTRUCT_KINDS), each kind once. */
  constructs: ConstructKind[];
}

/** Constructs the sync converts from upstream toolchain syntax, and how a built page shows each. */
const CONSTRUCT_KINDS = {
  tabs: (e: Element) => attribute(e, 'role') === 'tablist',
  details: (e: Element) => e.tagName === 'details',
  admonition: (e: Element) => hasClass(e, 'theme-admonition'),
  mermaid: (e: Element) => hasClass(e, 'docusaurus-mermaid-container') || hasClass(e, 'language-mermaid'),
} as const;
export type ConstructKind = keyof typeof CONSTRUCT_KINDS;

/** Reads a built page with parse5 (never with patterns over the HTML). */
export function readBuiltPage(html: string): BuiltPage {
  const page: BuiltPage = { template: '', constructs: [] };
  const constructs = new Set<ConstructKind>();
  visitElements(parse(html).childNodes, (element, inLastUpdated) => {
    if (element.tagName === 'html') page.template = readTemplate(attribute(element, 'class') ?? '');
    for (const [kind, matches] of Object.entries(CONSTRUCT_KINDS)) if (matches(element)) constructs.add(kind as ConstructKind);
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
  page.constructs = [...constructs];
  return page;
}

/** `plugin-docs plugin-id-default docs-doc-page docs-doc-id-x` → `docs-doc-page plugin-docs plugin-id-default`. */
function readTemplate(htmlClass: string): string {
  return htmlClass.split(/\s+/).filter((name) => name !== '' && !name.startsWith('docs-doc-id-')).sort().join(' ');
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

export function textOf(node: Node): string {
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
