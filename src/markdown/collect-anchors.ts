import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { readHeadingId } from './heading-id.js';
import { listHtmlIds } from './html-url-attributes.js';

export interface DocAnchors {
  /** Ids a link can target on the page. */
  anchors: Set<string>;
  /**
   * Ids GitHub gives level-1 headings. Docusaurus renders `h1` without an id (it is the page title), so a
   * link to one of these goes to the top of the page.
   */
  titleAnchors: Set<string>;
}

/**
 * The anchors a doc offers on the site: heading ids exactly as Docusaurus makes them (github-slugger over
 * the heading text, one slugger per doc, explicit ids win and do not count as slugs), plus `id`/`name`
 * attributes of raw html.
 */
export function collectAnchors(tree: Root): DocAnchors {
  const anchors = new Set<string>();
  const titleAnchors = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const { text, explicitId } = readHeadingId(node);
      const id = explicitId ?? slugger.slug(text);
      (node.depth === 1 ? titleAnchors : anchors).add(id);
    } else if (node.type === 'html') {
      for (const id of listHtmlIds(node.value)) anchors.add(id);
    }
  });
  return { anchors, titleAnchors };
}
