import type { Definition, Html, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit } from '../../markdown/apply-edits.js';
import { listHtmlUrls } from '../../markdown/html-url-attributes.js';
import { formatDestination, locateDestination } from '../../markdown/link-destination.js';
import { mapValueOffsets } from '../../markdown/node-value-offsets.js';

/** A toolchain's own link convention turned into a plain URL: the new URL, or undefined to leave it. */
export type RewriteUrl = (url: string, offset: number) => string | undefined;

/**
 * Edits that rewrite the destinations of markdown links, images and definitions and the URLs of raw html
 * attributes (`<img src>`, `<a href>`) of a parsed doc: only those bytes change. Autolinks and code are left.
 */
export function rewriteDestinations(text: string, tree: Root, rewrite: RewriteUrl): Edit[] {
  const edits: Edit[] = [];
  visit(tree, ['link', 'image', 'definition', 'html'], (node) => {
    if (node.type === 'html') {
      edits.push(...rewriteHtml(text, node as Html, rewrite));
      return;
    }
    const linkNode = node as Link | Image | Definition;
    const span = locateDestination(text, linkNode);
    if (!span || span.autolink) return;
    const url = rewrite(linkNode.url, span.start);
    if (url !== undefined && url !== linkNode.url) edits.push({ start: span.start, end: span.end, text: formatDestination(url, span.angle) });
  });
  return edits;
}

function rewriteHtml(text: string, node: Html, rewrite: RewriteUrl): Edit[] {
  const toDocument = mapValueOffsets(text, node);
  if (!toDocument) return [];
  const edits: Edit[] = [];
  for (const found of listHtmlUrls(node.value)) {
    const start = toDocument(found.start);
    const end = toDocument(found.end);
    if (end - start !== found.end - found.start) continue;
    const url = rewrite(found.url, start);
    if (url !== undefined && url !== found.url) edits.push({ start, end, text: url.replace(/[&"'<>]/g, (char) => `&#${char.charCodeAt(0)};`) });
  }
  return edits;
}
