import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { readHeadingId } from './heading-id.js';
import { listHtmlIds } from './html-url-attributes.js';

/**
 * The anchors a doc offers on the site: heading ids exactly as Docusaurus makes them (github-slugger over
 * the heading text, one slugger per doc, explicit ids win and do not count as slugs), plus `id`/`name`
 * attributes of raw html.
 */
export function collectAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const { text, explicitId } = readHeadingId(node);
      anchors.add(explicitId ?? slugger.slug(text));
    } else if (node.type === 'html') {
      for (const id of listHtmlIds(node.value)) anchors.add(id);
    }
  });
  return anchors;
}
