import type { Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxFlowExpression, MdxjsEsm, MdxTextExpression } from 'mdast-util-mdx';
import { applyEdits, type Edit } from '../../markdown/apply-edits.js';
import type { DocEditor } from '../shared/doc-editor.js';
import { linkDestinationEdit, type UrlResolver } from '../shared/rewrite-destinations.js';
import { readImports, THEME_COMPONENTS, type ImportedNames, type ThemeComponent } from './esm-imports.js';
import { readAttributes, type JsxElement } from './jsx-attributes.js';
import { convertHtmlAttributes, shortText, unknownComponentText } from './other-jsx.js';
import { renderThemeComponent } from './theme-components.js';

/** What converting one MDX page needs: its text, its imports, and how its links are resolved. */
export interface MdxWalk {
  editor: DocEditor;
  text: string;
  names: ImportedNames;
  resolve: UrlResolver;
}

/**
 * An MDX page (parsed, never run) into the site's CommonMark: imports and exports removed (theme components'
 * understood, imported markdown partials inlined), the theme's Tabs, Admonition, Details and CodeBlock written as the site's markdown, other
 * components reported and shown as code, `{/* comments *\/}` removed, other `{expressions}` reported (CommonMark
 * shows them as written). Links to doc ids and routes become file links.
 */
export function convertMdxTree(editor: DocEditor, tree: Root, resolve: UrlResolver, files: Pick<ImportedNames, 'partials' | 'raw'>): void {
  const edits: Edit[] = [];
  const esm = tree.children.filter((child): child is MdxjsEsm => child.type === 'mdxjsEsm');
  const names = readImports(editor, esm, (start, end) => edits.push({ start, end, text: '' }), files);
  const walk: MdxWalk = { editor, text: editor.text, names, resolve };
  for (const child of tree.children) if (child.type !== 'mdxjsEsm') convertNode(child, walk, edits);
  for (const edit of edits) editor.replace(edit.start, edit.end, edit.text);
}

/** Links only: for pages that stay MDX (trusted sources) or are CommonMark already. */
export function convertLinks(editor: DocEditor, tree: Root, resolve: UrlResolver): void {
  const edits: Edit[] = [];
  const walk: MdxWalk = { editor, text: editor.text, names: { theme: new Map(), partials: new Map(), raw: new Map() }, resolve };
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const edit = linkDestinationEdit(walk.text, node, resolve);
      if (edit) edits.push(edit);
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  for (const edit of edits) editor.replace(edit.start, edit.end, edit.text);
}

export function convertNode(node: Nodes, walk: MdxWalk, out: Edit[]): void {
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'yaml':
    case 'html':
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return convertExpression(node, walk, out);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return convertElement(node, walk, out);
    case 'paragraph': {
      const only = soleElement(node);
      if (only && themeComponent(only, walk)) return replaceElement(only, node, walk, out);
      break;
    }
    case 'link':
    case 'image':
    case 'definition': {
      const edit = linkDestinationEdit(walk.text, node, walk.resolve);
      if (edit) out.push(edit);
    }
  }
  if ('children' in node) for (const child of node.children) convertNode(child, walk, out);
}

function convertExpression(node: MdxFlowExpression | MdxTextExpression, walk: MdxWalk, out: Edit[]): void {
  const [start, end] = [node.position?.start.offset, node.position?.end.offset];
  if (start === undefined || end === undefined) return;
  const program = node.data?.estree as { body?: unknown[] } | undefined;
  if (program?.body?.length === 0) {
    out.push({ start, end: node.type === 'mdxFlowExpression' && walk.text[end] === '\n' ? end + 1 : end, text: '' });
    return;
  }
  const written = walk.text.slice(start, end).replace(/\s+/g, ' ');
  walk.editor.problem(start, { code: 'toolchain/unconverted', construct: written.length > 40 ? `${written.slice(0, 37)}…}` : written, message: 'MDX expression shown as written: the site evaluates nothing from upstream pages' });
}

function convertElement(element: JsxElement, walk: MdxWalk, out: Edit[]): void {
  if (themeComponent(element, walk)) return replaceElement(element, element, walk, out);
  const name = element.name ?? '';
  const partial = walk.names.partials.get(name);
  const [from, to] = [element.position?.start.offset, element.position?.end.offset];
  if (partial !== undefined && from !== undefined && to !== undefined) {
    if (element.attributes.length > 0) walk.editor.problem(from, { code: 'toolchain/unconverted', construct: `<${name} …>`, message: `props given to the partial <${name}> are not applied (its expressions are shown as written)`, severity: 'info' });
    out.push({ start: from, end: to, text: withLinePrefix(partial, walk.text, from) });
    return;
  }
  if (/^[a-z][\w-]*$/.test(name)) {
    convertHtmlAttributes(element, walk, out);
    for (const child of element.children) convertNode(child, walk, out);
    return;
  }
  const [start, end] = [element.position?.start.offset, element.position?.end.offset];
  if (start === undefined || end === undefined) return;
  const shown = element.type === 'mdxJsxTextElement' && element.children.length > 0 ? 'what it wraps is shown without it' : 'shown as code';
  walk.editor.problem(start, { code: 'toolchain/unconverted', construct: `<${name}>`, message: `component <${name}> is not rendered (the site runs no components of upstream pages): ${shown}` });
  out.push({ start, end, text: withLinePrefix(unknownComponentText(element, walk), walk.text, start) });
}

function replaceElement(element: JsxElement, span: JsxElement | Paragraph, walk: MdxWalk, out: Edit[]): void {
  const [start, end] = [span.position?.start.offset, span.position?.end.offset];
  if (start === undefined || end === undefined) return;
  const attributes = readAttributes(element);
  for (const written of attributes.notStatic) {
    walk.editor.problem(start, { code: 'toolchain/unconverted', construct: shortText(written), message: 'attribute computed by code ignored: the site evaluates nothing from upstream pages' });
  }
  out.push({ start, end, text: withLinePrefix(renderThemeComponent(themeComponent(element, walk)!, element, attributes.values, walk), walk.text, start) });
}

/** The converted text of a component's children: each block as converted, its indentation inside the component removed. */
export function renderBody(children: readonly RootContent[], walk: MdxWalk): string {
  const positioned = children.filter((child) => child.position?.start.offset !== undefined && child.position.end.offset !== undefined);
  if (positioned.length === 0) return '';
  const render = (from: number, to: number, nodes: readonly RootContent[]) => {
    const edits: Edit[] = [];
    for (const node of nodes) convertNode(node, walk, edits);
    return applyEdits(walk.text.slice(from, to), edits.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from })));
  };
  const phrasing = positioned.every((child) => !BLOCKS.has(child.type));
  if (phrasing) return render(positioned[0]!.position!.start.offset!, positioned.at(-1)!.position!.end.offset!, positioned).trim();
  return positioned
    .map((child) => {
      const indent = child.position!.start.column - 1;
      const text = render(child.position!.start.offset!, child.position!.end.offset!, [child]);
      return indent === 0 ? text : text.replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n');
    })
    .join('\n\n');
}

const BLOCKS = new Set(['paragraph', 'heading', 'code', 'list', 'blockquote', 'table', 'thematicBreak', 'html', 'mdxJsxFlowElement', 'mdxFlowExpression', 'containerDirective', 'leafDirective', 'definition', 'math']);

/** The theme component an element is: by its import, by its well-known name, `<details>` (Docusaurus' Details). */
export function themeComponent(element: JsxElement, walk: MdxWalk): ThemeComponent | undefined {
  const name = element.name ?? '';
  if (walk.names.theme.has(name)) return walk.names.theme.get(name);
  if (name === 'details') return 'Details';
  return (THEME_COMPONENTS as readonly string[]).includes(name) ? (name as ThemeComponent) : undefined;
}

function soleElement(paragraph: Paragraph): JsxElement | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === 'mdxJsxTextElement' ? only : undefined;
}

/** A block replacing something that does not start a line (in a list item, a quote) keeps its lines there. */
export function withLinePrefix(replacement: string, text: string, start: number): string {
  const prefix = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).replace(/[^\s>]/g, ' ');
  return prefix === '' ? replacement : replacement.replace(/\n(?=[^\n])/g, `\n${prefix}`);
}
