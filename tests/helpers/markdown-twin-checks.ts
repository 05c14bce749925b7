/** Checks of a Markdown twin (src/site/markdown-twins) against what its page shows: shared by the browser and corpus tests. */
import type { Code, Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { readHeadingId } from '../../src/markdown/heading-id.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';

/** The only front matter keys a twin may have. */
export const TWIN_FRONT_MATTER_KEYS = ['title', 'description', 'url', 'source', 'last_update'];

export interface PageOutline {
  headings: string[];
  code: string[];
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Headings (text without an explicit `{#id}`) and code blocks of a markdown tree. */
export function outlineMarkdown(tree: Root): PageOutline {
  const outline: PageOutline = { headings: [], code: [] };
  visit(tree, (node) => {
    if (node.type === 'heading') outline.headings.push(readHeadingId(node as Heading).text.trim());
    if (node.type === 'code') outline.code.push((node as Code).value);
  });
  return outline;
}

/** What is wrong with `twin` as the Markdown of a page with `expected` headings and code blocks; empty when nothing. */
export function listTwinProblems(twin: string, expected: PageOutline): string[] {
  const tree = parseMarkdown(twin);
  const problems: string[] = [];
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
  if (yaml === undefined) return ['no front matter'];
  const keys = Object.keys((parseYaml(yaml) ?? {}) as Record<string, unknown>);
  for (const key of keys) if (!TWIN_FRONT_MATTER_KEYS.includes(key)) problems.push(`front matter key "${key}"`);
  if (!keys.includes('title') || !keys.includes('url')) problems.push('front matter without title or url');
  const outline = outlineMarkdown(tree);
  const headings = new Set(outline.headings.map(squeeze));
  for (const heading of expected.headings) if (!headings.has(squeeze(heading))) problems.push(`heading "${heading}" missing`);
  const code = outline.code.map(squeeze);
  for (const block of expected.code) if (!code.some((twinBlock) => twinBlock.includes(squeeze(block)))) problems.push(`code block "${block.slice(0, 40)}" missing`);
  visit(tree, 'paragraph', (node, _index, parent) => {
    const start = node.children[0];
    if (parent?.type === 'root' && start?.type === 'text' && /^(?:import|export)\s/.test(start.value)) problems.push(`MDX line "${start.value.slice(0, 40)}"`);
  });
  return problems;
}
