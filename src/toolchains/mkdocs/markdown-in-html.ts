import type { Html } from 'mdast';
import type { DocEditor } from '../shared/doc-editor.js';
import { indentLines, indentWidth, lineIndexAt, type Line } from './text-lines.js';

const OPEN_TAG = /^<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/;
const MARKDOWN_ATTRIBUTE = /\s+markdown(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/i;

/** `<div markdown>` (md_in_html): the content becomes markdown the site reads, set apart by blank lines. */
export function convertMarkdownInHtml(editor: DocEditor, lines: readonly Line[], node: Html, eol: string, convertBody: (content: string, map: (offset: number) => number) => string): boolean {
  const text = editor.text;
  const start = node.position!.start.offset!;
  const line = lines[lineIndexAt(lines, start)]!;
  const open = OPEN_TAG.exec(text.slice(start));
  const attribute = open ? MARKDOWN_ATTRIBUTE.exec(open[2]!) : null;
  if (!open || !attribute || !/^[ \t]*$/.test(text.slice(line.start, start))) return false;
  const tag = open[1]!;
  const openTag = `<${tag}${open[2]!.replace(attribute[0], '')}>`;
  const openEnd = start + open[0].length;
  const close = findCloseTag(text, openEnd, tag);
  if (!close || /^["']?span["']?$/i.test(attribute[1] ?? '')) {
    editor.problem(start, { code: 'toolchain/unconverted', construct: `<${tag} markdown>`, message: close ? `<${tag} markdown="span">: inline markdown inside html is not converted; shown as html` : `<${tag} markdown> has no closing </${tag}>; shown as html` });
    return false;
  }
  const inner = text.slice(openEnd, close.start);
  const leading = /^[ \t]*(?:\r?\n)*/.exec(inner)![0].length;
  const content = inner.slice(leading).replace(/\s+$/, '');
  const converted = convertBody(content, (offset) => openEnd + leading + offset);
  const indent = indentWidth(line.text);
  editor.replace(start, close.end, indentLines(`${openTag}${eol}${eol}${converted}${eol}${eol}</${tag}>`, indent, eol));
  return true;
}

/** Where the element opened just before `from` closes, counting nested elements of the same name. */
function findCloseTag(text: string, from: number, tag: string): { start: number; end: number } | undefined {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1]) depth -= 1;
    else if (!match[2]) depth += 1;
    if (depth === 0) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}
