import type { Code, Node, Parent, Root, RootContent } from 'mdast';
import { HIGHLIGHT_RANGE } from './highlight-range.js';
import { setAsideTooDeepBlocks } from './find-too-deep-blocks.js';

/** Nodes the transform plugins read (links, images, definitions and their uses, raw html, alerts, front matter). */
const READ_BY_TRANSFORM = new Set(['link', 'image', 'definition', 'linkReference', 'imageReference', 'html', 'blockquote', 'yaml']);
/** Parents whose direct children the transform inspects by position (link text end, an alert's first paragraph). */
const CHILDREN_KEPT_AS_STUBS = new Set(['link', 'blockquote']);

/**
 * The part of a doc's syntax tree the transform reads, as a much smaller mdast `Root` with the original
 * positions: the nodes it rewrites (nested as in the document), top-level headings whole (the page title),
 * and, for links and block quotes, a positioned stub of each direct child. Everything else is dropped.
 *
 * The transform edits the text at node offsets, so this outline is all it needs. Unlike a full tree it is
 * small enough to keep for every doc of a large site, to send between threads and to cache on disk,
 * so no doc is ever parsed twice.
 */
export function outlineForTransform(tree: Root): Root {
  const { children, data } = setAsideTooDeepBlocks(tree);
  return {
    type: 'root',
    children: children.flatMap((child) => (child.type === 'heading' ? [structuredClone(child)] : outline(child, false))) as RootContent[],
    // the transform shows the too-deep blocks as text and reads nothing inside them
    ...(data ? { data } : {}),
  };
}

function outline(node: Node, isStub: boolean): Node[] {
  // a code block only for its highlight range, without its text
  if (node.type === 'code' && HIGHLIGHT_RANGE.test((node as Code).meta ?? '')) return [{ type: 'code', meta: (node as Code).meta, position: node.position } as Node];
  const kept = READ_BY_TRANSFORM.has(node.type);
  const children = 'children' in node ? (node as Parent).children.flatMap((child) => outline(child, kept && CHILDREN_KEPT_AS_STUBS.has(node.type))) : [];
  if (!kept && !isStub) return children;
  const { children: _children, data: _data, ...fields } = node as Node & { children?: unknown };
  const copy = kept ? { ...fields } : { type: node.type, position: node.position };
  return ['children' in node ? ({ ...copy, children } as Node) : copy];
}
