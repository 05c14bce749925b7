import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { admonition, admonitionType, codeBlock, details, tabs } from '../shared/site-markdown.js';
import { renderBody, themeComponent, type MdxWalk } from './convert-mdx.js';
import type { ThemeComponent } from './esm-imports.js';
import { readAttributes, stringAttribute, type JsxElement } from './jsx-attributes.js';
import { readJsExpression } from './js-module.js';
import { evaluateStatic, NotStatic, type StaticValue } from './static-value.js';

/**
 * Docusaurus' theme components in the site's markdown: Tabs/TabItem as tabs (a tab's label from `label`, the
 * Tabs' `values`, or its `value`), Admonition as an admonition, Details as `<details>`, CodeBlock as a fenced
 * code block with its language and title.
 */
export function renderThemeComponent(kind: ThemeComponent, element: JsxElement, attributes: ReadonlyMap<string, StaticValue>, walk: MdxWalk): string {
  const children = element.children as RootContent[];
  switch (kind) {
    case 'Tabs':
    case 'TabItem': {
      const items = kind === 'TabItem' ? [element] : tabItems(children, walk);
      const labels = tabLabels(attributes.get('values'));
      return tabs(items.map((item) => {
        const own = readAttributes(item).values;
        const value = stringAttribute(own, 'value');
        return { label: stringAttribute(own, 'label') ?? (value !== undefined ? labels.get(value) : undefined) ?? value ?? 'Tab', body: renderBody(item.children as RootContent[], walk) };
      }));
    }
    case 'Admonition':
      return admonition(admonitionType(stringAttribute(attributes, 'type') ?? 'note'), stringAttribute(attributes, 'title'), renderBody(children, walk));
    case 'Details': {
      const summary = findSummary(children);
      const body = children.filter((child) => child !== summary.node);
      return details(summary.text ?? stringAttribute(attributes, 'summary') ?? 'Details', renderBody(body, walk), attributes.has('open'));
    }
    case 'CodeBlock': {
      const meta = [stringAttribute(attributes, 'language') ?? '', ...(attributes.has('title') ? [`title="${stringAttribute(attributes, 'title')}"`] : []), ...(attributes.has('showLineNumbers') ? ['showLineNumbers'] : [])];
      return codeBlock(codeOf(children, walk), meta.join(' ').trim());
    }
  }
}

/** The TabItems of a Tabs: its children, or inline in its paragraphs (`<TabItem value="a">text</TabItem>` on one line). */
function tabItems(children: readonly RootContent[], walk: MdxWalk): JsxElement[] {
  return children
    .flatMap((child): RootContent[] => (child.type === 'paragraph' ? (child.children as RootContent[]) : [child]))
    .filter((child): child is JsxElement => isElement(child) && themeComponent(child, walk) === 'TabItem');
}

/** `values={[{label: 'macOS', value: 'mac'}]}` on Tabs: labels by value. */
function tabLabels(values: StaticValue | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  if (!Array.isArray(values)) return labels;
  for (const entry of values) {
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && !(entry instanceof NotStatic) && typeof entry.value === 'string' && typeof entry.label === 'string') labels.set(entry.value, entry.label);
  }
  return labels;
}

/** A `<summary>` child, directly or alone in the first paragraph. */
function findSummary(children: readonly RootContent[]): { node?: RootContent; text?: string } {
  for (const child of children.slice(0, 2)) {
    if (isElement(child) && child.name === 'summary') return { node: child, text: toString(child).trim() };
    if (child.type === 'paragraph') {
      const inner = child.children.find((node) => isElement(node) && node.name === 'summary');
      if (inner && child.children.every((node) => node === inner || (node.type === 'text' && node.value.trim() === ''))) return { node: child, text: toString(inner).trim() };
    }
  }
  return {};
}

/**
 * A CodeBlock's code: a raw-loader import, a string or template literal in braces, else its content as written.
 * A literal is read from the page's text: MDX strips indentation from an expression's lines (mdx-js/mdx#2533),
 * the author's is kept.
 */
function codeOf(children: readonly RootContent[], walk: MdxWalk): string {
  const only = children.length === 1 ? children[0]! : undefined;
  const expression = only?.type === 'paragraph' && only.children.length === 1 ? only.children[0] : only;
  const [start, end] = [expression?.position?.start.offset, expression?.position?.end.offset];
  if ((expression?.type === 'mdxFlowExpression' || expression?.type === 'mdxTextExpression') && start !== undefined && end !== undefined) {
    const parsed = readJsExpression(walk.text.slice(start + 1, end - 1));
    const value = parsed?.type === 'Identifier' ? walk.names.raw.get(parsed.name as string) : parsed ? evaluateStatic(parsed, walk.text) : undefined;
    if (typeof value === 'string') return value.replace(/^\r?\n/, '');
  }
  const [first, last] = [children[0]?.position?.start.offset, children.at(-1)?.position?.end.offset];
  return first === undefined || last === undefined ? '' : walk.text.slice(first, last);
}

function isElement(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
