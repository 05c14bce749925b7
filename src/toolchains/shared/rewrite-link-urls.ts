import { posix } from 'node:path';
import type { Definition, Image, Link, Nodes } from 'mdast';
import type { Edit } from '../../markdown/apply-edits.js';
import { visit } from 'unist-util-visit';
import { listHtmlUrls } from '../../markdown/html-url-attributes.js';
import { formatDestination, locateDestination } from '../../markdown/link-destination.js';
import { mapValueOffsets } from '../../markdown/node-value-offsets.js';
import type { DocEditor } from './doc-editor.js';

/** A link's URL in the form the transform resolves (a relative file link), or undefined to leave it as written. */
export type UrlResolver = (url: string) => string | undefined;

/**
 * Rewrites what a toolchain's own link conventions point at (site routes, permalinks, doc ids) into plain
 * relative file links: the destinations of links, images and definitions, and `href`/`src` in raw html.
 * Autolinks stay (their text is their URL).
 */
export function rewriteLinkUrls(editor: Pick<DocEditor, 'text' | 'replace' | 'isEdited'>, tree: Nodes, resolve: UrlResolver): void {
  const { text } = editor;
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const edit = linkDestinationEdit(text, node, resolve);
      if (edit && !editor.isEdited(edit.start, edit.end)) editor.replace(edit.start, edit.end, edit.text);
      return;
    }
    if (node.type !== 'html') return;
    const toDocument = mapValueOffsets(text, node);
    if (!toDocument) return;
    for (const found of listHtmlUrls(node.value)) {
      const url = resolve(found.url);
      const [start, end] = [toDocument(found.start), toDocument(found.end)];
      if (url !== undefined && !editor.isEdited(start, end)) editor.replace(start, end, url.replace(/"/g, '%22'));
    }
  });
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
