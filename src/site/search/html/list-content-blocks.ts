/**
 * The doc content of a built page as a reader scans it: headings (with their anchor ids) and the text
 * blocks between them (paragraphs, list items, table cells, code blocks), in document order.
 */
import { SEARCH_CONTEXT_ATTRIBUTE, SEARCH_FACT_ATTRIBUTE } from '../search-attributes.js';
import { collectText, hasClass, isElement, listChildren, normalizeText, readAttribute, type HtmlElement, type HtmlNode } from './html-tree.js';

export type ContentBlock = { kind: 'heading'; level: number; text: string; anchor?: string } | { kind: 'text'; text: string };

/**
 * Elements that start a new block; everything else is inline text of the block around it.
 * A table row is one block ("cell cell cell"), not one per cell.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'button', 'svg', 'iframe', 'object']);
const HEADING_TAG = /^h([1-6])$/;

/**
 * Not content: scripts, copy buttons, diagrams, the "#" links of headings, the result facts and the hidden
 * sidebar path (both are read separately), parts marked as ignored.
 */
export function isSkipped(element: HtmlElement): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName) ||
    hasClass(element, 'hash-link') ||
    readAttribute(element, SEARCH_FACT_ATTRIBUTE) !== undefined ||
    readAttribute(element, SEARCH_CONTEXT_ATTRIBUTE) !== undefined ||
    readAttribute(element, 'data-pagefind-ignore') !== undefined
  );
}

function headingLevel(element: HtmlElement): number | undefined {
  const match = HEADING_TAG.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}

class BlockCollector {
  readonly blocks: ContentBlock[] = [];
  private run = '';

  visit(node: HtmlNode): void {
    if (!isElement(node)) {
      this.run += collectText(node);
      return;
    }
    if (isSkipped(node)) return;
    const level = headingLevel(node);
    if (level !== undefined) return this.addHeading(node, level);
    if (!BLOCK_TAGS.has(node.tagName)) {
      this.run += collectText(node, isSkipped);
      return;
    }
    this.flush();
    for (const child of listChildren(node)) this.visit(child);
    this.flush();
  }

  private addHeading(element: HtmlElement, level: number): void {
    this.flush();
    const text = normalizeText(collectText(element, isSkipped));
    if (text) this.blocks.push({ kind: 'heading', level, text, anchor: readAttribute(element, 'id') || undefined });
  }

  /** Ends the current run of inline text as one block. */
  flush(): void {
    const text = normalizeText(this.run);
    this.run = '';
    if (text) this.blocks.push({ kind: 'text', text });
  }
}

/** Headings and text blocks inside `root`, in document order. */
export function listContentBlocks(root: HtmlNode): ContentBlock[] {
  const collector = new BlockCollector();
  for (const child of listChildren(root)) collector.visit(child);
  collector.flush();
  return collector.blocks;
}
