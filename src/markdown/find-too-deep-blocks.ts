import type { Node, Parent, Root } from 'mdast';
import { Tokenizer, type TokenHandler } from 'parse5';

/** Nesting (markdown containers and inline markup, plus html elements) the site's pipeline renders safely. */
export const MAX_NESTING = 64;

/** A top-level block nested deeper than MAX_NESTING: its source span and how deep it goes. */
export interface TooDeepBlock {
  start: number;
  end: number;
  depth: number;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The top-level blocks of a doc that nest too deeply for the site's markdown compiler and React (they
 * overflow the stack and stop the page). Iterative, so it measures any tree the parser could build.
 */
export function findTooDeepBlocks(tree: Root): TooDeepBlock[] {
  return tree.children.flatMap((block) => {
    const depth = measureDepth(block);
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    return depth > MAX_NESTING && start !== undefined && end !== undefined ? [{ start, end, depth }] : [];
  });
}

/**
 * Takes the too-deep top-level blocks out of a tree (nothing inside them is read: they are shown as text) and
 * notes them in `tree.data.tooDeep`. Returns the same tree.
 */
export function setAsideTooDeepBlocks(tree: Root): Root {
  const tooDeep = findTooDeepBlocks(tree);
  if (tooDeep.length === 0) return tree;
  const starts = new Set(tooDeep.map((block) => block.start));
  tree.children = tree.children.filter((child) => !starts.has(child.position?.start.offset ?? -1));
  tree.data = { ...tree.data, tooDeep } as Root['data'];
  return tree;
}

function measureDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const html = node.type === 'html' ? htmlDepth((node as Node & { value: string }).value) : 0;
    deepest = Math.max(deepest, depth + html);
    for (const child of (node as Partial<Parent>).children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** How deeply the elements of an html snippet nest (void elements and self-closing tags do not). */
function htmlDepth(html: string): number {
  if (html.split('<').length <= MAX_NESTING) return 0; // too few tags to nest that deep: skip the scan
  let open = 0;
  let deepest = 0;
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag(token) {
      if (token.selfClosing || VOID_ELEMENTS.has(token.tagName)) return;
      open += 1;
      deepest = Math.max(deepest, open);
    },
    onEndTag: () => (open = Math.max(0, open - 1)),
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: false }, handler).write(html, true);
  return deepest;
}
