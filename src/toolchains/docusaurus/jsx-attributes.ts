import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { evaluateStatic, NotStatic, type EsNode, type StaticValue } from './static-value.js';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * An element's attributes with literal values: strings as written, `{…}` values only when they are literals
 * (`{2}`, `{true}`, `{[{label: 'A', value: 'a'}]}`). Others (and spreads) are listed as not static.
 */
export function readAttributes(element: JsxElement): { values: Map<string, StaticValue>; notStatic: string[] } {
  const values = new Map<string, StaticValue>();
  const notStatic: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      notStatic.push(`{${attribute.value}}`);
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) values.set(name, true);
    else if (typeof value === 'string') values.set(name, value);
    else {
      const program = value.data?.estree as unknown as EsNode | undefined;
      const statement = (program?.body as EsNode[] | undefined)?.[0];
      const evaluated = statement?.type === 'ExpressionStatement' ? evaluateStatic(statement.expression as EsNode, value.value) : undefined;
      if (evaluated === undefined || evaluated instanceof NotStatic || containsNotStatic(evaluated)) notStatic.push(`${name}={${value.value}}`);
      else values.set(name, evaluated);
    }
  }
  return { values, notStatic };
}

function containsNotStatic(value: StaticValue): boolean {
  if (value instanceof NotStatic) return true;
  if (Array.isArray(value)) return value.some(containsNotStatic);
  return value !== null && typeof value === 'object' && Object.values(value).some(containsNotStatic);
}

export function stringAttribute(values: ReadonlyMap<string, StaticValue>, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
