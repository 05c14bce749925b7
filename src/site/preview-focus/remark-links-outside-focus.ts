import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

export interface LinksOutsideFocusOptions {
  /** Absolute content root: pages are named by their path below it. */
  contentDir: string;
  /** The published site (the config's `url`), without a trailing slash. */
  siteUrl: string;
  /** Route of every page the focused preview does not build, by its path relative to the content root. */
  elsewhere: Readonly<Record<string, string>>;
}

/** Stands for the site while resolving a link against a page's place: any origin no link can name. */
const BASE = 'http://focused-preview.invalid/';

/**
 * In a focused preview, links to pages outside the focus (written by the sync as relative `.md` paths or as
 * routes) go to those pages on the published site, so they neither fail the build nor lead to a missing page.
 * Runs before Docusaurus resolves `.md` links: the rest keeps being resolved and checked as in a full build.
 */
export default function remarkLinksOutsideFocus(options: LinksOutsideFocusOptions) {
  const byPath = new Map(Object.entries(options.elsewhere));
  const routes = new Set(byPath.values());
  /** The published URL of `url` when it names a page outside the focus. */
  const publishedUrl = (url: string, page: string): string | undefined => {
    if (url.startsWith('#')) return undefined;
    let parsed: URL;
    let path: string;
    try {
      parsed = new URL(url, BASE + page);
      path = decodeURIComponent(parsed.pathname);
    } catch {
      return undefined; // not a URL the site could serve either: left as the sync wrote it
    }
    if (`${parsed.origin}/` !== BASE) return undefined;
    const extras = parsed.search + parsed.hash;
    if (url.startsWith('/')) return routes.has(path.replace(/(.)\/$/, '$1')) ? options.siteUrl + parsed.pathname + extras : undefined;
    const route = byPath.get(path.slice(1));
    return route === undefined ? undefined : options.siteUrl + encodeURI(route) + extras;
  };
  return (tree: Root, file: { path: string }) => {
    const page = relative(options.contentDir, file.path).split(sep).join('/');
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') node.url = publishedUrl(node.url, page) ?? node.url;
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') rewriteHref(node, (url) => publishedUrl(url, page));
    });
  };
}

/** `<a href>` and `<Link href|to>` written as JSX. */
function rewriteHref(node: MdxJsxFlowElement | MdxJsxTextElement, rewrite: (url: string) => string | undefined): void {
  if (node.name !== 'a' && node.name !== 'Link') return;
  for (const attribute of node.attributes) {
    if (!isUrlAttribute(attribute)) continue;
    attribute.value = rewrite(attribute.value) ?? attribute.value;
  }
}

function isUrlAttribute(attribute: MdxJsxFlowElement['attributes'][number]): attribute is MdxJsxAttribute & { value: string } {
  return attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'to') && typeof attribute.value === 'string';
}
