import { posix } from 'node:path';
import type { Heading, InlineCode, Link, List, Paragraph, PhrasingContent, RootContent, Table, TableCell, Text } from 'mdast';

/** Small builders of mdast nodes: the generated pages are syntax trees, serialized in one place. */

export function text(value: string): Text {
  return { type: 'text', value };
}

export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

export function link(url: string, label: string | PhrasingContent[]): Link {
  return { type: 'link', url, children: typeof label === 'string' ? [text(label)] : label };
}

/** A link from the page at `fromPath` to the file at `toPath` (both relative to the content root). */
export function fileLink(fromPath: string, toPath: string, label: string): Link {
  return link(relativeFileUrl(fromPath, toPath), label);
}

export function relativeFileUrl(fromPath: string, toPath: string): string {
  return posix.relative(posix.dirname(fromPath), toPath);
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: 1 | 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

/** Items joined by `separator`, or `empty` when there are none. */
export function joinPhrasing(items: PhrasingContent[][], separator = ', ', empty = '–'): PhrasingContent[] {
  if (items.length === 0) return [text(empty)];
  return items.flatMap((item, index) => (index === 0 ? item : [text(separator), ...item]));
}

export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header.map((label) => [text(label)]), ...rows].map((cells) => ({ type: 'tableRow', children: cells.map(cell) })),
  };
}

export function bulletList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
  };
}

export type Block = RootContent;
