import { posix } from 'node:path';
import type { Definition, Html, Image, Link, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit } from '../../markdown/apply-edits.js';
import { listHtmlUrls } from '../../markdown/html-url-attributes.js';
import { formatDestination, locateDestination } from '../../markdown/link-destination.js';
import { mapValueOffsets } from '../../markdown/node-value-offsets.js';
import type { DocEditor } from './doc-editor.js';

/** A toolchain's own link convention turned into a plain URL: the new URL, or undefined to leave it. */
export type RewriteUrl = (url: string, offset: number) => string | undefined;

/** A link's URL in the form the transform resolves (a relative file link), or undefined to leave it as written. */
export type UrlResolver = (url: string) => string | undefined;

/**
 * Edits that rewrite the destinations of markdown links, images and definitions and the URLs of raw html
 * attributes (`<img src>`, `<a href>`) of a parsed doc: only those bytes change. Autolinks and code are left.
 */
export function rewriteDestinations(text: string, tree: Nodes, rewrite: RewriteUrl): Edit[] {
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

/** rewriteDestinations through a doc editor: spans an earlier edit of the same pass changed are left to it. */
export function rewriteLinkUrls(editor: Pick<DocEditor, 'text' | 'replace' | 'isEdited'>, tree: Nodes, resolve: UrlResolver): void {
  for (const edit of rewriteDestinations(editor.text, tree, (url) => resolve(url))) {
    if (!editor.isEdited(edit.start, edit.end)) editor.replace(edit.start, edit.end, edit.text);
  }
}

/** The edit making a link's, image's or definition's destination what `resolve` maps it to (autolinks stay). */
export function linkDestinationEdit(text: string, node: Link | Image | Definition, resolve: UrlResolver): Edit | undefined {
  const span = locateDestination(text, node);
  const url = span && !span.autolink ? resolve(node.url) : undefined;
  return span && url !== undefined ? { start: span.start, end: span.end, text: formatDestination(url, span.angle) } : undefined;
}

/** The relative link from one snapshot file to another, as written in markdown (`../a/b.md#frag`). */
export function relativeFileLink(from: string, to: string, fragment?: string): string {
  const relative = posix.relative(posix.dirname(from), to) || posix.basename(to);
  const path = relative.split('/').map((segment) => encodeURIComponent(segment).replace(/%40/g, '@')).join('/');
  return fragment === undefined || fragment === '' ? path : `${path}#${fragment}`;
}
