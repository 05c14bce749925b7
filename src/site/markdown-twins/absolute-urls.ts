import { dirname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { TwinPage, TwinSite } from './twin-types.js';

/** `https:`, `mailto:`, `//host`: already absolute. */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const DOC_FILE = /\.mdx?$/i;
const HAS_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * Every link, image and definition points to its full address on the site, so the twin works wherever it is
 * read: `#anchor` and `/docs/x` get the site's address, a relative link to a doc file becomes that doc's page
 * (as Docusaurus resolves it), a relative link to another file becomes the address the content folder serves
 * it at, and any other relative link is resolved against the page's URL, as a browser would.
 */
export function makeUrlsAbsolute(tree: Root, page: TwinPage, site: TwinSite): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = toAbsoluteUrl(node.url, page, site);
  });
}

export function toAbsoluteUrl(url: string, page: TwinPage, site: TwinSite): string {
  if (url === '' || ABSOLUTE.test(url)) return url;
  if (url.startsWith('/')) return `${site.url}${url}`;
  const pageUrl = `${site.url}${page.permalink}`;
  if (url.startsWith('#') || url.startsWith('?')) return new URL(url, pageUrl).href;
  const split = url.search(/[?#]/);
  const path = split === -1 ? url : url.slice(0, split);
  const suffix = split === -1 ? '' : url.slice(split);
  const file = join(dirname(page.file), decodePath(path));
  if (DOC_FILE.test(path)) {
    const permalink = site.findPermalink(file);
    if (permalink !== undefined) return `${site.url}${permalink}${suffix}`;
  }
  const inContent = relative(site.contentDir, file);
  if (HAS_EXTENSION.test(path) && !inContent.startsWith('..')) return `${site.url}/${encodePath(inContent)}${suffix}`;
  return new URL(url, pageUrl).href;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray `%`: the path as written
  }
}

function encodePath(path: string): string {
  return path.split(sep).map(encodeURIComponent).join('/');
}
