import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { createDocEditor, type DocEditor } from '../shared/doc-editor.js';
import { admonition, admonitionType, details, tabs } from '../shared/site-markdown.js';
import { convertMarkdownInHtml } from './markdown-in-html.js';
import { eolOf, indentChars, indentLines, indentWidth, isBlank, lineIndexAt, splitLines, type Line } from './text-lines.js';

/** Which of Python-Markdown's indented block extensions the site enables. */
export interface BlockSyntax {
  admonition: boolean;
  details: boolean;
  tabbed: boolean;
  markdownInHtml: boolean;
  /** def_list: not converted, only reported. */
  definitionLists: boolean;
}

/** `!!! type "title"` (admonition), `??? type "title"` / `???+` (pymdownx.details), `=== "label"` (pymdownx.tabbed). */
const ADMONITION = /^!!![ \t]?([\w-]+(?:[ \t]+[\w-]+)*)(?:[ \t]+"(.*?)")?[ \t]*$/;
const DETAILS = /^(\?{3}\+?)[ \t]?(?:([\w-]+(?:[ \t]+[\w-]+)*?)?(?:[ \t]+"(.*?)")|([\w-]+(?:[ \t]+[\w-]+)*?))[ \t]*$/;
const TAB = /^===([!+]{0,2})[ \t]+"(.*?)"[ \t]*$/;
/** Whether a text may hold any of these blocks at all (most pages hold none: no need to look closer). */
const ANY_BLOCK = /^[ \t>]*(?:!!!|\?\?\?|===|:[ \t])|<[A-Za-z][^>]*\smarkdown\b/m;
const DEFINITION = /^:[ \t]{1,3}\S/;

type Header =
  | { kind: 'admonition'; type: string; title?: string }
  | { kind: 'details'; type?: string; title?: string; open: boolean }
  | { kind: 'tab'; label: string; newSet: boolean };

interface Body {
  text: string;
  lastLine: number;
  /** Offset in the body to offset in the text it was cut from. */
  map(offset: number): number;
}

/**
 * Converts the indented blocks of Python-Markdown extensions into the site's markdown, innermost first (so outer
 * directive fences come out longer): admonitions, collapsible blocks, content tabs, and html blocks whose content
 * is markdown (md_in_html). A block starts where the tree has a paragraph (never inside code); its content is the
 * lines indented four columns deeper that follow, as Python-Markdown reads it.
 */
export function convertBlocks(editor: DocEditor, syntax: BlockSyntax, tree?: Root): boolean {
  const text = editor.text;
  if (!ANY_BLOCK.test(text)) return false;
  const lines = splitLines(text);
  const eol = eolOf(text);
  let converted = false;
  visit(tree ?? parseMarkdown(text), (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || editor.isEdited(start, Math.max(end, start + 1))) return;
    if (node.type === 'paragraph') converted = convertInParagraph(editor, lines, node, syntax, eol) || converted;
    else if (node.type === 'html' && syntax.markdownInHtml) {
      const body = (content: string, map: (offset: number) => number) => convertFragment(editor, { text: content, map }, syntax);
      converted = convertMarkdownInHtml(editor, lines, node, eol, body) || converted;
    }
  });
  return converted;
}

function convertInParagraph(editor: DocEditor, lines: readonly Line[], node: Paragraph, syntax: BlockSyntax, eol: string): boolean {
  const start = node.position!.start.offset!;
  const first = lineIndexAt(lines, start);
  const last = lineIndexAt(lines, node.position!.end.offset! - 1);
  const prefix = editor.text.slice(lines[first]!.start, start);
  const indent = indentWidth(prefix);
  let converted = false;
  for (let i = first; i <= last; i += 1) {
    const line = lines[i]!;
    if (i > first && indentWidth(line.text) !== indent) continue;
    const contentStart = i === first ? start : line.start + indentChars(line.text, indent);
    if (i > first && syntax.definitionLists && DEFINITION.test(editor.text.slice(contentStart, line.end))) {
      editor.problem(contentStart, { code: 'toolchain/unconverted', construct: 'definition list', message: 'a definition list (def_list) is not converted: the term and its `:` definition show as a paragraph' });
      continue;
    }
    const header = readHeader(editor.text.slice(contentStart, line.end), syntax);
    if (!header) continue;
    if (!/^[ \t]*$/.test(prefix)) {
      editor.problem(contentStart, { code: 'toolchain/unconverted', construct: editor.text.slice(contentStart, line.end).split(/[ \t]+/).slice(0, 2).join(' '), message: 'an admonition, collapsible block or tab inside a block quote is not converted; shown as written' });
      continue;
    }
    const { rendered, lastLine } = renderBlock(editor, lines, i, indent, header, syntax, eol);
    const before = i > first ? eol + ' '.repeat(indent) : '';
    const after = lastLine + 1 < lines.length && !isBlank(lines[lastLine + 1]!.text) ? eol : '';
    editor.replace(contentStart, lines[lastLine]!.end, before + indentLines(rendered, indent, eol) + after);
    converted = true;
    i = lastLine;
  }
  return converted;
}

function renderBlock(editor: DocEditor, lines: readonly Line[], headerLine: number, indent: number, header: Header, syntax: BlockSyntax, eol: string): { rendered: string; lastLine: number } {
  if (header.kind === 'tab') {
    const items: Array<{ label: string; body: string }> = [];
    let line = headerLine;
    let current: Header | undefined = header;
    let lastLine = headerLine;
    while (current?.kind === 'tab') {
      const body = readBody(lines, line, indent, eol);
      items.push({ label: current.label, body: convertFragment(editor, body, syntax) });
      lastLine = body.lastLine;
      line = nextContentLine(lines, lastLine + 1);
      const next: Line | undefined = lines[line];
      const candidate = next && indentWidth(next.text) === indent ? readHeader(next.text.slice(indentChars(next.text, indent)), syntax) : undefined;
      current = candidate?.kind === 'tab' && !candidate.newSet ? candidate : undefined;
    }
    return { rendered: tabs(items, eol), lastLine };
  }
  const body = readBody(lines, headerLine, indent, eol);
  const converted = convertFragment(editor, body, syntax);
  if (header.kind === 'details') {
    const summary = header.title ?? capitalize(header.type ?? 'details');
    return { rendered: details(summary, converted, header.open, eol), lastLine: body.lastLine };
  }
  const type = admonitionType(header.type);
  // without a title, Python-Markdown shows the type; Docusaurus does too, unless the type had to change
  const title = header.title ?? (type === header.type ? undefined : capitalize(header.type));
  return { rendered: admonition(type, title, converted, eol), lastLine: body.lastLine };
}

function readHeader(content: string, syntax: BlockSyntax): Header | undefined {
  const admonitionMatch = syntax.admonition ? ADMONITION.exec(content) : null;
  if (admonitionMatch) {
    const type = admonitionMatch[1]!.toLowerCase().split(/[ \t]+/)[0]!;
    const title = admonitionMatch[2];
    return { kind: 'admonition', type, ...(title === undefined ? {} : { title }) };
  }
  const detailsMatch = syntax.details ? DETAILS.exec(content) : null;
  if (detailsMatch) {
    const type = (detailsMatch[2] ?? detailsMatch[4])?.toLowerCase().split(/[ \t]+/)[0];
    return { kind: 'details', open: detailsMatch[1]!.endsWith('+'), ...(type ? { type } : {}), ...(detailsMatch[3] !== undefined ? { title: detailsMatch[3] } : {}) };
  }
  const tabMatch = syntax.tabbed ? TAB.exec(content) : null;
  if (tabMatch) return { kind: 'tab', label: tabMatch[2]!, newSet: tabMatch[1]!.includes('!') };
  return undefined;
}

/** The lines after a header indented four columns deeper than it (blank lines between them included), dedented. */
function readBody(lines: readonly Line[], headerLine: number, indent: number, eol: string): Body {
  const needed = indent + 4;
  let lastLine = headerLine;
  for (let i = headerLine + 1; i < lines.length; i += 1) {
    const line = lines[i]!.text;
    if (isBlank(line)) continue;
    if (indentWidth(line) < needed) break;
    lastLine = i;
  }
  const parts: Array<{ from: number; outer: number; text: string }> = [];
  let from = 0;
  let first = headerLine + 1;
  while (first <= lastLine && isBlank(lines[first]!.text)) first += 1;
  for (const line of lines.slice(first, lastLine + 1)) {
    const cut = isBlank(line.text) ? line.text.length : indentChars(line.text, needed);
    parts.push({ from, outer: line.start + cut, text: line.text.slice(cut) });
    from += line.text.length - cut + eol.length;
  }
  return {
    text: parts.map((part) => part.text).join(eol),
    lastLine,
    map: (offset) => {
      const part = [...parts].reverse().find((p) => p.from <= offset) ?? parts[0];
      return part ? part.outer + Math.min(offset - part.from, part.text.length) : lines[headerLine]!.end;
    },
  };
}

/** A block's content converted on its own (nested blocks first), problems placed in the enclosing text. */
function convertFragment(editor: DocEditor, body: Pick<Body, 'text' | 'map'>, syntax: BlockSyntax): string {
  const inner = createDocEditor({ path: editor.path, text: body.text });
  convertBlocks({ ...inner, problem: (offset, problem) => editor.problem(body.map(offset), problem), dependsOn: (path) => editor.dependsOn(path) }, syntax);
  return inner.finish().text;
}

function nextContentLine(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]!.text)) i += 1;
  return i;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
