import type { Definition, Image, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { formatDestination, locateDestination } from '../markdown/link-destination.js';
import { rewriteUrl } from './rewrite-url.js';
import type { TransformState } from './types.js';

/** Rewrites the destinations of markdown links, images and reference definitions, touching only those bytes. */
export const rewriteMarkdownLinks: Plugin<[TransformState], Root> = (state) => (tree) => {
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const linkNode = node as Link | Image | Definition;
    const start = linkNode.position?.start;
    if (!start) return;
    const url = rewriteUrl(state, { url: linkNode.url, kind: linkNode.type === 'image' ? 'image' : 'link', syntax: 'markdown', line: start.line, column: start.column });
    if (url !== undefined) replaceDestination(state, linkNode, url);
  });
};

function replaceDestination(state: TransformState, node: Link | Image | Definition, url: string): void {
  const span = locateDestination(state.text, node);
  if (!span || !writtenAs(state.text.slice(span.start, span.end), node.url)) return;
  if (span.autolink) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const label = state.text.slice(span.start, span.end).replace(/[\\[\]]/g, '\\$&');
    state.edits.push({ start, end, text: `[${label}](${formatDestination(url, false)})` });
    return;
  }
  state.edits.push({ start: span.start, end: span.end, text: formatDestination(url, span.angle) });
}

/** Guards against misreading the source: without escapes or references, the written form is the URL itself. */
function writtenAs(raw: string, url: string): boolean {
  return /[\\&]/.test(raw) || raw === url || (url.startsWith('http') && raw !== '' && url.endsWith(raw)) || url === `mailto:${raw}`;
}
