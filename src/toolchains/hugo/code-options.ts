import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Edit } from '../../markdown/apply-edits.js';

/**
 * Hugo's code block options — `highlight`'s `linenos=table,hl_lines=8 15-17,linenostart=199` and a fence's
 * attributes `{linenos=true,hl_lines=[8,"15-17"]}` — as the site's code block meta (`{8,15-17} showLineNumbers=199`).
 * Options without a counterpart (styles, anchors) are left out.
 */
export function codeMeta(options: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  const lines = options.hl_lines?.replace(/[[\]"']/g, '').split(/[\s,]+/).filter((part) => /^\d+(-\d+)?$/.test(part));
  if (lines && lines.length > 0) parts.push(`{${lines.join(',')}}`);
  const numbers = options.linenos;
  if (numbers !== undefined && numbers !== 'false') parts.push(options.linenostart ? `showLineNumbers=${options.linenostart}` : 'showLineNumbers');
  return parts.join(' ');
}

/** `key=value` options separated by commas (the `highlight` shortcode) or written as fence attributes. */
export function parseCodeOptions(text: string): Record<string, string> {
  const options: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,}]+)/g)) options[match[1]!.toLowerCase()] = match[2]!.trim().replace(/^"|"$/g, '');
  return options;
}

/** Fence attributes (```go {linenos=true}) rewritten as the site's code block meta. */
export function fenceAttributeEdits(text: string, tree: Root): Edit[] {
  const edits: Edit[] = [];
  visit(tree, 'code', (node: Code) => {
    const fence = node.position?.start.offset;
    if (!node.meta || !/^\{[\s\S]*\}$/.test(node.meta.trim()) || fence === undefined) return;
    const lineEnd = text.indexOf('\n', fence);
    const at = text.indexOf(node.meta, fence);
    if (at === -1 || (lineEnd !== -1 && at > lineEnd)) return;
    const meta = codeMeta(parseCodeOptions(node.meta.trim().slice(1, -1)));
    let start = at;
    while (meta === '' && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
    edits.push({ start, end: at + node.meta.length, text: meta });
  });
  return edits;
}
