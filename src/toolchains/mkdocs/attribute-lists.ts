import type { Code, Heading, Node, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DocEditor } from '../shared/doc-editor.js';

/** What an attribute list `{: #id .class key="value" }` sets; undefined when the braces hold something else. */
interface Attributes {
  id?: string;
  classes: string[];
  /** Other attributes, as written. */
  others: string[];
}

const TOKEN = /[ \t]*(?:([^\s=}"']+)=("[^"]*"|'[^']*'|[^\s}"']+)|#([^\s=}"'#.]+)|\.([^\s=}"'#.]+)|([^\s=}"'#.][^\s=}"']*))/y;
const AT_END = /[ \t]+\{:?[ \t]*([^{}\n]*?)[ \t]*\}[ \t]*$/;
const OWN_LINE = /(?:^|\r?\n)[ \t]*\{:?[ \t]*([^{}\n]*?)[ \t]*\}[ \t]*$/;
const AT_START = /^\{:?[ \t]*([^{}\n]*?)[ \t]*\}/;
/** Inline elements an attribute list right after them applies to, as messages name them. */
const INLINE_TARGETS = new Map([
  ['link', 'a link'],
  ['linkReference', 'a link'],
  ['image', 'an image'],
  ['imageReference', 'an image'],
  ['emphasis', 'emphasis'],
  ['strong', 'bold text'],
  ['delete', 'struck text'],
  ['inlineCode', 'inline code'],
]);

/**
 * attr_list: a heading's `{ #id }` becomes the site's heading id `{#id}`; classes and other attributes (on
 * headings, blocks, inline elements) have no equivalent on the site and are dropped, each reported. Code
 * fences' attributes (pymdownx.highlight) become Docusaurus' code block options where there is one.
 */
export function convertAttributeLists(editor: DocEditor, tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') headingAttributes(editor, node);
    else if (node.type === 'code') codeFenceAttributes(editor, node);
    else if (node.type === 'text' && parent) textAttributes(editor, node, index ?? 0, parent);
  });
}

function headingAttributes(editor: DocEditor, heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const found = find(editor, last, AT_END);
  if (!found) return;
  editor.replace(found.start, found.end, found.attributes.id ? ` {#${found.attributes.id}}` : '');
  if (found.attributes.classes.length > 0 || found.attributes.others.length > 0) report(editor, found.brace, found.written, 'a heading');
}

function textAttributes(editor: DocEditor, node: Text, index: number, parent: Parent): void {
  const previous = parent.children[index - 1];
  const isLast = index === parent.children.length - 1;
  if (previous && INLINE_TARGETS.has(previous.type)) {
    const found = find(editor, node, AT_START);
    if (found) return drop(editor, found, INLINE_TARGETS.get(previous.type)!);
  }
  if (!isLast || (parent.type !== 'paragraph' && parent.type !== 'tableCell')) return;
  const found = find(editor, node, OWN_LINE) ?? find(editor, node, AT_END);
  if (found) drop(editor, found, parent.type === 'tableCell' ? 'a table cell' : 'a paragraph');
}

function drop(editor: DocEditor, found: Found, construct: string): void {
  if (editor.isEdited(found.start, found.end)) return;
  editor.replace(found.start, found.end, '');
  report(editor, found.brace, found.written, construct);
}

interface Found {
  start: number;
  end: number;
  /** Where the list's `{` is (the match may start with the whitespace before it). */
  brace: number;
  written: string;
  attributes: Attributes;
}

/** An attribute list matching `pattern` in the source of a text node (whose source is its value). */
function find(editor: DocEditor, node: Node, pattern: RegExp): Found | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const source = editor.text.slice(start, end);
  const match = pattern.exec(source);
  const attributes = match ? readAttributes(match[1]!) : undefined;
  if (!match || !attributes) return undefined;
  return { start: start + match.index, end: start + match.index + match[0].length, brace: start + match.index + match[0].indexOf('{'), written: match[0].trim(), attributes };
}

function readAttributes(inner: string): Attributes | undefined {
  const attributes: Attributes = { classes: [], others: [] };
  let recognised = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < inner.length) {
    const match = TOKEN.exec(inner);
    if (!match) return undefined;
    const [written, key, value, id, className, word] = match;
    if (id) attributes.id = id;
    else if (className) attributes.classes.push(className);
    else if (key) attributes.others.push(`${key}=${value}`);
    else if (word) attributes.others.push(word);
    recognised ||= Boolean(id || className || key);
    if (written.length === 0) return undefined;
  }
  return recognised ? attributes : undefined;
}

function report(editor: DocEditor, offset: number, written: string, on: string): void {
  editor.problem(offset, { severity: 'info', code: 'toolchain/dropped-attribute', construct: written.length > 40 ? `${written.slice(0, 37)}…}` : written, message: `the attribute list ${written} on ${on} has no equivalent on the site; dropped` });
}

/** ```` ``` { .python title="a.py" hl_lines="2 3" linenums="1" } ```` → ```` ```python title="a.py" {2,3} showLineNumbers ````. */
function codeFenceAttributes(editor: DocEditor, code: Code): void {
  const start = code.position?.start.offset;
  if (start === undefined || (!code.lang?.startsWith('{') && !/\b(hl_lines|linenums)=/.test(code.meta ?? ''))) return;
  const line = editor.text.slice(start, editor.text.indexOf('\n', start) === -1 ? undefined : editor.text.indexOf('\n', start)).replace(/\r$/, '');
  const fence = /^(`{3,}|~{3,})[ \t]*/.exec(line);
  if (!fence) return;
  const info = line.slice(fence[0].length);
  const braced = /^\{(.*)\}\s*$/.exec(info.trim());
  const [lang, rest] = braced ? ['', braced[1]!] : [/^\S*/.exec(info)![0], info.replace(/^\S*/, '')];
  const attributes = readAttributes(rest.trim().replace(/^:/, ''));
  if (!attributes) return;
  const language = lang || attributes.classes.shift() || '';
  const options: string[] = [];
  const dropped: string[] = attributes.classes.map((c) => `.${c}`);
  for (const other of attributes.others) {
    const [key, raw = ''] = other.split(/=(.*)/s);
    const value = raw.replace(/^["']|["']$/g, '');
    if (key === 'title') options.push(`title="${value.replace(/"/g, '&quot;')}"`);
    else if (key === 'hl_lines' && /^[\d\s-]+$/.test(value)) options.push(`{${value.trim().split(/\s+/).join(',')}}`);
    else if (key === 'linenums') options.push(value === '1' || value === '' ? 'showLineNumbers' : `showLineNumbers=${value}`);
    else dropped.push(other);
  }
  const infoStart = start + fence[0].length;
  editor.replace(infoStart, infoStart + info.length, [language, ...options].filter(Boolean).join(' '));
  if (dropped.length > 0) report(editor, infoStart, `{ ${dropped.join(' ')} }`, 'a code block');
}
