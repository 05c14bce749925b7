import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block } from './markdown-nodes.js';

/** Front matter of a generated page: no upstream file, so no edit link. */
export interface GeneratedFrontMatter {
  title: string;
  sidebar_label: string;
  description: string;
  /** ISO date of the newest upstream change among the page's documents. */
  lastUpdate?: string;
}

/** A generated page as CommonMark + GFM tables, front matter first. */
export function renderMarkdownFile(frontMatter: GeneratedFrontMatter, blocks: Block[]): string {
  const data = {
    title: frontMatter.title,
    sidebar_label: frontMatter.sidebar_label,
    description: frontMatter.description,
    custom_edit_url: null,
    ...(frontMatter.lastUpdate !== undefined ? { last_update: { date: frontMatter.lastUpdate } } : {}),
  };
  const tree: Root = { type: 'root', children: blocks };
  const body = toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', rule: '-' });
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}
