import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { DocEditor } from '../shared/doc-editor.js';
import type { AdmonitionType } from '../shared/site-markdown.js';

/** `{: .class #id key="v"}`, `{:ref: …}`, `{::extension …}`, `{:/extension}`: kramdown's curly-brace syntax in text. */
const CURLY = /\{:(?::[^}\n]*|\/[\w-]*|[^}\n]*)\}/g;

/** Classes the themes of Jekyll sites style as callouts, and the admonition each is. */
const CALLOUTS: Record<string, AdmonitionType> = { note: 'note', info: 'info', tip: 'tip', warning: 'warning', danger: 'danger', caution: 'warning', important: 'info', error: 'danger', success: 'tip', highlight: 'info' };

/**
 * kramdown's syntax that CommonMark shows as text. A block attribute list naming an id after a heading becomes
 * the site's `{#id}`; one naming a callout class (`{: .note .info}`, the way Jekyll themes style notes) around
 * a paragraph makes it an admonition; `{:toc}` lists are dropped (the site has its own table of contents);
 * `{::comment}` blocks are removed, `{::nomarkdown}` markers too (their content stays); every other attribute
 * list and extension is removed and reported.
 */
export function convertKramdown(editor: DocEditor, tree: Root): void {
  const walk = (node: Parent, ancestors: Parent[]): void => {
    node.children.forEach((child, index) => {
      if (child.type === 'paragraph') convertParagraph(editor, { paragraph: child, siblings: node.children as RootContent[], index, ancestors: [...ancestors, node] });
      else if ('children' in child && child.type !== 'heading') walk(child, [...ancestors, node]);
    });
  };
  walk(tree, []);
}

/**
 * The paragraph's source is scanned, not its text nodes: `{:toc}` and `{:target="_blank"}` parse as text
 * directives (`:toc`). Code spans are skipped.
 */
function convertParagraph(editor: DocEditor, place: Omit<Curly, 'start' | 'end' | 'written'>): void {
  const [from, to] = [place.paragraph.position?.start.offset, place.paragraph.position?.end.offset];
  if (from === undefined || to === undefined) return;
  const code: [number, number][] = [];
  const collect = (node: Parent): void => {
    for (const child of node.children) {
      if ((child.type === 'inlineCode' || child.type === 'html') && child.position) code.push([child.position.start.offset!, child.position.end.offset!]);
      else if ('children' in child) collect(child);
    }
  };
  collect(place.paragraph);
  for (const match of editor.text.slice(from, to).matchAll(CURLY)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (code.some(([a, b]) => a < end && start < b) || editor.isEdited(start, end)) continue;
    convertCurly(editor, { ...place, start, end, written: match[0] });
  }
}

interface Curly {
  start: number;
  end: number;
  written: string;
  paragraph: Paragraph;
  siblings: readonly RootContent[];
  index: number;
  /** The paragraph's parents, nearest last. */
  ancestors: readonly Parent[];
}

function convertCurly(editor: DocEditor, curly: Curly): void {
  const { written } = curly;
  if (written.startsWith('{::') || written.startsWith('{:/')) return convertExtension(editor, curly);
  const line = lineAround(editor.text, curly.start, curly.end);
  const report = (message: string, severity: 'info' | 'warning' = 'info') => editor.problem(curly.start, { code: 'toolchain/unconverted', construct: short(written), message, severity });
  if (!line.alone) {
    editor.replace(curly.start, curly.end, '');
    return report(`kramdown attribute list ${short(written)} dropped (the site sets no classes or attributes from markdown)`);
  }
  if (/^\{:\s*toc\s*\}$/.test(written) && curly.ancestors.at(-1)?.type === 'listItem') return dropTocList(editor, curly);
  const target = blockTarget(editor.text, curly, line);
  const id = /#([\w:.-]+)/.exec(written.replace(/"[^"]*"|'[^']*'/g, ''))?.[1];
  if (id !== undefined && target?.node.type === 'heading' && !/\{#[^}]*\}\s*$/.test(editor.text.slice(target.start, target.end))) {
    const last = target.node.children.at(-1)?.position?.end.offset;
    if (last !== undefined) {
      editor.replace(line.removeStart, line.removeEnd, '');
      editor.replace(last, last, ` {#${id}}`);
      return;
    }
  }
  const callout = calloutType(written);
  if (callout && target?.node.type === 'paragraph') return wrapInAdmonition(editor, callout, curly, target);
  editor.replace(line.removeStart, line.removeEnd, '');
  const what = /^\{:[\w-]+:/.test(written) ? 'attribute list definition' : 'block attribute list';
  report(`kramdown ${what} ${short(written)} dropped (the site sets no classes, ids or attributes from markdown)`);
}

interface Line {
  /** The attribute list is alone on its line. */
  alone: boolean;
  lineStart: number;
  /** After the line's end of line. */
  lineEnd: number;
  /** What removing the attribute list's line removes (container prefixes like `> ` go with it, list markers stay). */
  removeStart: number;
  removeEnd: number;
}

function lineAround(text: string, start: number, end: number): Line {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const before = text.slice(lineStart, start);
  const alone = /^[\s>*+-]*(\d+[.)]\s+)?$/.test(before) && text.slice(end, lineEnd).trim() === '';
  return { alone, lineStart, lineEnd, removeStart: /^[\s>]*$/.test(before) ? lineStart : start, removeEnd: lineEnd };
}

/** The block a lone attribute list applies to: the one its line ends (before it) or starts (after it). */
function blockTarget(text: string, curly: Curly, line: Line): { node: Exclude<RootContent, { type: 'text' }> & Parent; start: number; end: number } | undefined {
  const { paragraph } = curly;
  const [pStart, pEnd] = [paragraph.position!.start.offset!, paragraph.position!.end.offset!];
  if (pStart < line.lineStart) return { node: paragraph, start: pStart, end: line.lineStart - 1 };
  if (pEnd > line.lineEnd - 1) return { node: paragraph, start: contentStart(text, line.lineEnd), end: pEnd };
  const previous = curly.siblings[curly.index - 1];
  const next = curly.siblings[curly.index + 1];
  const startLine = paragraph.position!.start.line;
  if (previous?.position && previous.position.end.line === startLine - 1 && 'children' in previous) return { node: previous as never, start: previous.position.start.offset!, end: previous.position.end.offset! };
  if (next?.position && next.position.start.line === startLine + 1 && 'children' in next) return { node: next as never, start: next.position.start.offset!, end: next.position.end.offset! };
  return undefined;
}

/** A callout paragraph: the attribute list's line becomes one fence of the admonition, the other is added. */
function wrapInAdmonition(editor: DocEditor, type: AdmonitionType, curly: Curly, target: { start: number; end: number }): void {
  const prefix = editor.text.slice(editor.text.lastIndexOf('\n', target.start - 1) + 1, target.start).replace(/[^\s>]/g, ' ');
  if (target.end <= curly.start) {
    editor.replace(target.start, target.start, `:::${type}\n${prefix}`);
    editor.replace(curly.start, curly.end, ':::');
  } else {
    editor.replace(curly.start, curly.end, `:::${type}`);
    editor.replace(target.end, target.end, `\n${prefix}:::`);
  }
}

/** `* TOC` + `{:toc}`: kramdown's generated table of contents; the site shows its own. */
function dropTocList(editor: DocEditor, curly: Curly): void {
  editor.problem(curly.start, { code: 'toolchain/unconverted', construct: '{:toc}', message: "kramdown's generated table of contents dropped: the site shows one beside every page", severity: 'info' });
  const list = curly.ancestors.at(-2);
  const [start, end] = [list?.position?.start.offset, list?.position?.end.offset];
  if (list?.type === 'list' && start !== undefined && end !== undefined && !editor.isEdited(start, end)) editor.replace(start, end, '');
}

/** `{::comment}…{:/comment}` removed; `{::nomarkdown}` and other extensions lose their markers; `{::options /}` goes. */
function convertExtension(editor: DocEditor, curly: Curly): void {
  const { written, start, end } = curly;
  const name = /^\{::?\/?([\w-]*)/.exec(written)?.[1] ?? '';
  const construct = written.startsWith('{:/') ? written : `{::${name}}`;
  const problem = (message: string, severity: 'info' | 'warning' = 'info') => editor.problem(start, { code: 'toolchain/unconverted', construct, message, severity });
  if (name === 'comment' && !written.endsWith('/}')) {
    const close = /\{:\/(comment)?\}/g;
    close.lastIndex = end;
    const found = close.exec(editor.text);
    const until = found ? found.index + found[0].length : end;
    if (!editor.isEdited(start, until)) editor.replace(start, until, '');
    return problem('kramdown comment removed (it is not shown on the page)');
  }
  editor.replace(start, end, '');
  if (written.startsWith('{:/')) return;
  if (name === 'options') return problem('kramdown {::options} dropped: the site renders markdown with its own options');
  problem(`kramdown extension {::${name}} not supported: its markers are removed, its content is shown as markdown`, 'warning');
}

function calloutType(written: string): AdmonitionType | undefined {
  const classes = [...written.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!.toLowerCase());
  const types = classes.map((name) => CALLOUTS[name]).filter((type): type is AdmonitionType => type !== undefined);
  return types.find((type) => type !== 'note') ?? types[0];
}

function contentStart(text: string, lineStart: number): number {
  return lineStart + (/^[ \t>]*/.exec(text.slice(lineStart))?.[0].length ?? 0);
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…}` : text;
}
