import type { RootContent } from 'mdast';
import type { Edit } from '../../markdown/apply-edits.js';
import { codeBlock, escapeHtml } from '../shared/site-markdown.js';
import { renderBody, type MdxWalk } from './convert-mdx.js';
import { readAttributes, type JsxElement } from './jsx-attributes.js';

/* JSX the site has no markdown of its own for: html elements (kept as html) and other components (shown as code). */

/**
 * An html element stays html: `className` becomes `class`, a literal `{…}` value (`width={200}`) a quoted one;
 * attributes computed by code are dropped and reported.
 */
export function convertHtmlAttributes(element: JsxElement, walk: MdxWalk, out: Edit[]): void {
  const name = element.name ?? '';
  const { values } = readAttributes(element);
  for (const attribute of element.attributes) {
    const [start, end] = [attribute.position?.start.offset, attribute.position?.end.offset];
    if (start === undefined || end === undefined) continue;
    if (attribute.type === 'mdxJsxAttribute' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string')) {
      if (attribute.name === 'className') out.push({ start, end: start + 'className'.length, text: 'class' });
      continue;
    }
    const value = attribute.type === 'mdxJsxAttribute' ? values.get(attribute.name) : undefined;
    if (attribute.type === 'mdxJsxAttribute' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      out.push({ start, end, text: `${attribute.name === 'className' ? 'class' : attribute.name}="${escapeHtml(String(value))}"` });
      continue;
    }
    out.push({ start: walk.text[start - 1] === ' ' ? start - 1 : start, end, text: '' });
    walk.editor.problem(start, { code: 'toolchain/unconverted', construct: shortText(walk.text.slice(start, end)), message: `attribute of <${name}> computed by code dropped: the site evaluates nothing from upstream pages` });
  }
}

/** An unknown component as text: its tags as code, what it wraps converted in between. */
export function unknownComponentText(element: JsxElement, walk: MdxWalk): string {
  const [start, end] = [element.position!.start.offset!, element.position!.end.offset!];
  const children = element.children as RootContent[];
  if (children.length === 0) {
    const source = walk.text.slice(start, end);
    return element.type === 'mdxJsxTextElement' || !source.includes('\n') ? inlineCode(source) : codeBlock(source, 'jsx');
  }
  if (element.type === 'mdxJsxTextElement') return renderBody(children, walk);
  const open = walk.text.slice(start, children[0]!.position!.start.offset!);
  const close = walk.text.slice(children.at(-1)!.position!.end.offset!, end);
  return `${inlineCode(open)}\n\n${renderBody(children, walk)}\n\n${inlineCode(close)}`;
}

function inlineCode(source: string): string {
  const text = source.replace(/\s*\n\s*/g, ' ').trim();
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  return /^`|`$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

export function shortText(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 37)}…` : line;
}
