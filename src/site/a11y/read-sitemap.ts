import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { textOf } from '../site-checks/read-built-page.js';

type Node = DefaultTreeAdapterMap['node'];

/**
 * The site paths a sitemap lists (`<loc>https://docs.scs.community/docs/x</loc>` → `/docs/x`), in its order.
 * Every page of the site is in the sitemap; redirect pages and 404 are not. Read with parse5, which takes the
 * sitemap's elements as unknown HTML elements and keeps their text.
 */
export function readSitemapPaths(xml: string): string[] {
  const paths: string[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      if (node.tagName === 'loc') paths.push(new URL(textOf(node).trim()).pathname);
      else visit(node.childNodes);
    }
  };
  visit(parse(xml).childNodes);
  return paths;
}
