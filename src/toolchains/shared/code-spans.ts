import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Where a parsed doc has code (fenced, indented, inline): content that toolchain syntax inside stays as written. */
export interface CodeSpans {
  /** Whether `offset` lies inside code. */
  has(offset: number): boolean;
}

export function codeSpans(tree: Root): CodeSpans {
  const spans: Array<[number, number]> = [];
  visit(tree, ['code', 'inlineCode'], (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) spans.push([start, end]);
  });
  return { has: (offset) => spans.some(([start, end]) => start <= offset && offset < end) };
}

/** The line ending a doc mostly uses. */
export function lineEnding(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
