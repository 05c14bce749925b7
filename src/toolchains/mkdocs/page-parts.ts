import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { isRecord, readYaml } from './read-yaml.js';

/** mkdocs' YAML meta block: `---` … `---` (or `...`) at the very start of the page. */
const FRONT_MATTER = /^-{3}[ \t]*\r?\n([\s\S]*?\r?\n)?(?:-{3}|\.{3})[ \t]*(?:\r?\n|$)/;

/** Where the page's front matter ends (0 without one) and what it sets. */
export function frontMatterOf(text: string): { end: number; meta: Record<string, unknown> } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { end: 0, meta: {} };
  const read = readYaml(match[1] ?? '');
  return { end: match[0].length, meta: read.ok && isRecord(read.value) ? read.value : {} };
}

/** The spans of code blocks and inline code: content the page shows as written. */
export function codeRanges(text: string, tree: Root = parseMarkdown(text)): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset]);
    }
  });
  return ranges;
}
