import type { Heading, Html, Link, LinkReference, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Token } from 'parse5';
import { visit } from 'unist-util-visit';
import { scanHtmlTags } from './scan-html-tags.js';

export type AccessibilityProblemKind = 'image-alt' | 'link-text' | 'heading-level' | 'table-header';

/** Something that makes a page hard to use with a screen reader or keyboard, at an offset of the doc. */
export interface AccessibilityProblem {
  kind: AccessibilityProblemKind;
  offset: number;
  /** What is there: the image, the link text, the two heading levels. */
  detail: string;
}

/** Link texts that say nothing about where the link goes (compared in lower case, without punctuation). */
const VAGUE_LINK_TEXTS = new Set(['here', 'click here', 'link', 'this', 'this link', 'this page', 'read more', 'more', 'hier', 'hier klicken', 'klicken sie hier', 'dieser link', 'diesen link', 'mehr']);

/**
 * Images without alt text (markdown; html without an `alt`, since `alt=""` marks a decorative image), links whose text says nothing ("here", a bare URL), headings
 * that skip a level and tables without a header row (markdown and html), on the doc's full syntax tree.
 * The page's title is its level 1, so a first heading of level 3 skips level 2.
 */
export function findAccessibilityProblems(tree: Root): AccessibilityProblem[] {
  const problems: AccessibilityProblem[] = [];
  const add = (kind: AccessibilityProblemKind, offset: number | undefined, detail: string) => {
    if (offset !== undefined) problems.push({ kind, offset, detail });
  };
  let level = 1;
  const htmlTables = createHtmlTableTracker(add);
  visit(tree, (node) => {
    const offset = node.position?.start.offset;
    switch (node.type) {
      case 'image':
      case 'imageReference':
        if ((node.alt ?? '').trim() === '') add('image-alt', offset, node.type === 'image' ? node.url : `![][${node.identifier}]`);
        break;
      case 'link':
      case 'linkReference': {
        const text = vagueLinkText(node);
        if (text !== undefined) add('link-text', offset, text);
        break;
      }
      case 'heading':
        if ((node as Heading).depth > level + 1) add('heading-level', offset, `h${level} → h${node.depth}`);
        level = node.depth;
        break;
      case 'table':
        if (hasEmptyHeaderRow(node)) add('table-header', offset, 'a markdown table');
        break;
      case 'html':
        htmlTables.read(node);
        break;
    }
  });
  htmlTables.end();
  return problems.sort((a, b) => a.offset - b.offset);
}

function vagueLinkText(link: Link | LinkReference): string | undefined {
  const text = toString(link, { includeImageAlt: true }).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined; // an image link is judged by its image's alt text
  if (VAGUE_LINK_TEXTS.has(text.toLowerCase().replace(/[.!:…»«"'()]+/g, '').trim())) return text;
  const url = link.type === 'link' ? link.url : undefined;
  if (url !== undefined && (text === url || `mailto:${text}` === url || /^(https?:\/\/|www\.)\S+$/i.test(text))) return text;
  return undefined;
}

function hasEmptyHeaderRow(table: Table): boolean {
  const header = table.children[0];
  return header !== undefined && header.children.every((cell) => toString(cell).trim() === '');
}

type Add = (kind: AccessibilityProblemKind, offset: number | undefined, detail: string) => void;

/**
 * Reads the raw html of a doc in order: `<img>` without `alt`, and `<table>` elements that close without a `<th>`
 * (a table's tags may be spread over several html nodes, with markdown between them).
 */
function createHtmlTableTracker(add: Add) {
  const open: { offset: number; hasHeader: boolean }[] = [];
  return {
    read(node: Html) {
      const base = node.position?.start.offset;
      if (base === undefined) return;
      scanHtmlTags(
        node.value,
        {
          onStartTag(token: Token.TagToken) {
            const at = base + (token.location?.startOffset ?? 0);
            if (token.tagName === 'img' && !token.attrs.some((attr) => attr.name === 'alt')) {
              add('image-alt', at, srcOf(token));
            } else if (token.tagName === 'table') {
              open.push({ offset: at, hasHeader: false });
            } else if (token.tagName === 'th' && open.length > 0) {
              open[open.length - 1]!.hasHeader = true;
            }
          },
          onEndTag(token: Token.TagToken) {
            if (token.tagName !== 'table') return;
            const table = open.pop();
            if (table && !table.hasHeader) add('table-header', table.offset, 'an html table');
          },
        },
        true,
      );
    },
    /** A table left open at the end of the doc is judged as it stands. */
    end() {
      for (const table of open.splice(0)) if (!table.hasHeader) add('table-header', table.offset, 'an html table');
    },
  };
}

function srcOf(token: Token.TagToken): string {
  return token.attrs.find((attr) => attr.name === 'src')?.value ?? '<img>';
}
