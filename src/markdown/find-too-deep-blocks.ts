import type { Node, Parent, Root } from 'mdast';
import { htmlTagNames } from 'html-tag-names';
import { scanHtmlTags } from './scan-html-tags.js';

/** Nesting (markdown containers and inline markup, plus html elements) the site's pipeline renders safely. */
export const MAX_NESTING = 64;

/** A top-level block nested deeper than MAX_NESTING: its source span and how deep it goes. */
export interface TooDeepBlock {
  start: number;
  end: number;
  depth: number;
}

/** Elements that never hold others (void), or whose end tag is optional and that only nest inside one counted. */
const UNCOUNTED = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'],
  ...['p', 'li', 'dt', 'dd', 'rt', 'rp', 'optgroup', 'option', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body'],
]);
/** Elements whose start tag closes an open paragraph: opened inside one, they stay open after it. */
const CLOSES_PARAGRAPH = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr listing main menu nav ol pre search section summary table ul xmp plaintext'.split(' '),
);
const HTML_ELEMENTS = new Set(htmlTagNames);

/** An html element opened by raw html and not closed yet, and the markdown node whose end closes it. */
interface OpenElement {
  name: string;
  owner: Node | undefined;
}

/**
 * The top-level blocks of a doc that nest too deeply for the site's markdown compiler and React (they
 * overflow the stack and stop the page). Raw html counts with the elements it leaves open: a tag in one html
 * node wraps what follows it (the next inline html of a paragraph, the next blocks of the page) until it is
 * closed, as the html parser of the site's pipeline reads it. The blocks made too deep by elements an earlier
 * block left open are one.
 * Iterative, so it measures any tree the parser could build.
 */
export function findTooDeepBlocks(tree: Root): TooDeepBlock[] {
  const html = countsHtml(tree) ? new HtmlNesting() : undefined;
  const found: TooDeepBlock[] = [];
  let previousTooDeep = false;
  for (const block of tree.children) {
    const before = html?.snapshot() ?? [];
    const depth = measureDepth(block, tree, html);
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    const tooDeep = depth > MAX_NESTING && start !== undefined && end !== undefined;
    if (tooDeep) {
      html?.restore(before); // shown as text: its tags open nothing
      // the blocks inside elements an earlier block left open are shown as one piece of text
      const last = found.at(-1);
      if (previousTooDeep && last && before.length > 0) found[found.length - 1] = { start: last.start, end, depth: Math.max(last.depth, depth) };
      else found.push({ start, end, depth });
    }
    previousTooDeep = tooDeep;
  }
  return found;
}

/**
 * Takes the too-deep top-level blocks out of a tree (nothing inside them is read: they are shown as text) and
 * notes them in `tree.data.tooDeep`. Returns the same tree.
 */
export function setAsideTooDeepBlocks(tree: Root): Root {
  const tooDeep = findTooDeepBlocks(tree);
  if (tooDeep.length === 0) return tree;
  const inside = (offset: number) => tooDeep.some((block) => block.start <= offset && offset < block.end);
  tree.children = tree.children.filter((child) => !inside(child.position?.start.offset ?? -1));
  tree.data = { ...tree.data, tooDeep } as Root['data'];
  return tree;
}

/** Deepest nesting in a block: markdown containers, plus the raw html elements open around and inside each node. */
function measureDepth(root: Node, parent: Parent, html: HtmlNesting | undefined): number {
  let deepest = 0;
  // depth-first in document order; `exit` entries close what the node's end closes
  type Item = { node: Node; parents: [Parent, Parent | undefined]; depth: number } | { exit: Node };
  const stack: Item[] = [{ node: root, parents: [parent, undefined], depth: 1 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      html?.close(item.exit);
      continue;
    }
    const { node, depth, parents } = item;
    const around = html?.depth ?? 0;
    const inside = html && node.type === 'html' ? html.read((node as Node & { value: string }).value, ...parents) : 0;
    deepest = Math.max(deepest, depth + around + inside);
    const children = (node as Partial<Parent>).children ?? [];
    if (children.length === 0) continue;
    stack.push({ exit: node });
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, parents: [node as Parent, parents[0]], depth: depth + 1 });
  }
  return deepest;
}

/** Whether the doc has tags enough to nest too deeply through raw html at all (most docs have not). */
function countsHtml(tree: Root): boolean {
  let tags = 0;
  let deepestMarkdown = 0;
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepestMarkdown = Math.max(deepestMarkdown, depth);
    if (node.type === 'html') tags += (node as Node & { value: string }).value.split('<').length - 1;
    for (const child of (node as Partial<Parent>).children ?? []) stack.push([child, depth + 1]);
  }
  return tags + deepestMarkdown > MAX_NESTING;
}

/** The raw html elements open at a point of the document, read html node by html node. */
class HtmlNesting {
  private open: OpenElement[] = [];

  get depth(): number {
    return this.open.length;
  }

  snapshot(): OpenElement[] {
    return [...this.open];
  }

  restore(open: OpenElement[]): void {
    this.open = open;
  }

  /** Opens and closes the elements of one html node (a child of `parent`); returns how many more are open inside it. */
  read(value: string, parent: Parent, grandparent: Parent | undefined): number {
    const before = this.open.length;
    let deepest = before;
    scanHtmlTags(value, {
      onStartTag: (token) => {
        const name = token.tagName;
        if (UNCOUNTED.has(name) || (token.selfClosing && !HTML_ELEMENTS.has(name))) return;
        // closed with the markdown node it was opened in; one that closes a paragraph outlives it; at the top, never
        const owner = parent.type === 'paragraph' && CLOSES_PARAGRAPH.has(name) ? grandparent : parent;
        this.open.push({ name, owner: owner?.type === 'root' ? undefined : owner });
        deepest = Math.max(deepest, this.open.length);
      },
      onEndTag: (token) => {
        const at = this.open.map((element) => element.name).lastIndexOf(token.tagName);
        if (at !== -1) this.open.length = at;
      },
    });
    return deepest - before;
  }

  /** The end of a markdown node closes the raw html elements opened inside it. */
  close(node: Node): void {
    if (this.open.some((element) => element.owner === node)) this.open = this.open.filter((element) => element.owner !== node);
  }
}
