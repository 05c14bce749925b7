import type { Root, RootContent } from 'mdast';
import { parseFragment } from 'parse5';
import type { DocEditor } from '../shared/doc-editor.js';

/** Elements whose content kramdown keeps as html up to their end tag, blank lines and all. */
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'header', 'nav', 'ol', 'section', 'table', 'ul']);
/** Content where blank lines are text. */
const VERBATIM = /<(pre|textarea|script|style)\b/i;

/**
 * kramdown reads a block of html up to the end tag of its first element, blank lines included; CommonMark
 * ends an html block at the first blank line, and reads what follows as markdown (indented lines as code).
 * Liquid loops leave such blank lines in tables and lists they write. The blank lines inside such an element
 * are removed, so the site reads it as the one html block kramdown did. `markdown="1"` (kramdown parses
 * the element's content as markdown) is reported: the site shows that content as html.
 */
export function joinHtmlBlocks(editor: DocEditor, tree: Root): void {
  let covered = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    if (node.type !== 'html' || start === undefined || start < covered) continue;
    for (const match of node.value.matchAll(/<[a-z][\w-]*[^>]*\smarkdown=["']?(1|block|span)/gi)) {
      editor.problem(start + match.index, { code: 'toolchain/unconverted', construct: 'markdown="1"', message: 'markdown inside html (kramdown\'s markdown="1") is shown as written: the site reads html blocks as html', severity: 'info' });
    }
    const tag = /^<([a-z][\w-]*)/i.exec(node.value)?.[1]?.toLowerCase();
    if (tag === undefined || !BLOCK_TAGS.has(tag) || balanced(node.value, tag)) continue;
    const end = elementEnd(editor.text, start);
    if (end === undefined || end <= node.position!.end.offset!) continue;
    covered = end;
    const block = editor.text.slice(start, end);
    if (VERBATIM.test(block)) continue;
    for (const code of tree.children) if (code.type === 'code' && isFenced(editor.text, code) && isWithin(code, start, end)) editor.replace(code.position!.start.offset!, code.position!.end.offset!, codeAsHtml(code.value, code.lang));
    for (const blank of block.matchAll(/\n[ \t]*(?=\n)/g)) {
      const from = start + blank.index;
      const to = from + blank[0].length;
      if (!editor.isEdited(from, to)) editor.replace(from, to, '');
    }
  }
}

/** A fenced code block, as a rendered `{% highlight %}` is; indented "code" there is html CommonMark misread. */
function isFenced(text: string, node: RootContent): boolean {
  return /^[ \t]*(`{3,}|~{3,})/.test(text.slice(node.position!.start.offset!, node.position!.end.offset!));
}

function isWithin(node: RootContent, start: number, end: number): boolean {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  return from !== undefined && to !== undefined && from >= start && to <= end;
}

/**
 * A code block (a `{% highlight %}` rendered as a fence) inside html that kramdown keeps whole: html too, as
 * Jekyll renders it there; its blank lines written as `&#10;`, so the html block does not end at them.
 */
function codeAsHtml(code: string, language: string | null | undefined): string {
  const escaped = code.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!).replace(/\n(?=\n)/g, '&#10;');
  return `<pre><code${language ? ` class="language-${language}"` : ''}>${escaped}</code></pre>`;
}

/** Whether an html snippet closes as many `tag` elements as it opens (then CommonMark kept it whole). */
function balanced(html: string, tag: string): boolean {
  const opened = html.match(new RegExp(`<${tag}\\b`, 'gi'))?.length ?? 0;
  const closed = html.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0;
  return opened <= closed;
}

/** Where the element starting at `start` ends (after its end tag), as an html parser reads it. */
function elementEnd(text: string, start: number): number | undefined {
  const fragment = parseFragment(text.slice(start), { sourceCodeLocationInfo: true });
  const first = fragment.childNodes.find((node) => 'tagName' in node);
  const endTag = first && 'sourceCodeLocation' in first ? first.sourceCodeLocation?.endTag : undefined;
  return endTag ? start + endTag.endOffset : undefined;
}
