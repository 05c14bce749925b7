import matter from 'gray-matter';
import { hashKey } from '../derived-cache/index.js';
import type { PageToCheck } from './types.js';

/** Cache keys of a page's two checks: its front matter, and everything else (see checkFrontMatter). */
export interface PageCheckKeys {
  frontMatter: string;
  body: string;
}

/**
 * The body's key holds what its compilation depends on: the page's place, the body, the line it starts on
 * (problems name lines of the whole page) and the front matter's `mdx.format`. So a new upstream commit, which
 * changes every page's `source` and nothing else, costs a front matter check per page and no compilation.
 */
export function pageCheckKeys(page: PageToCheck): PageCheckKeys {
  const split = splitFrontMatter(page.text);
  if (!split) return { frontMatter: hashKey('page', page.to, page.text), body: hashKey('page', page.to, page.text) };
  const { head, body, mdxFormat } = split;
  return {
    frontMatter: hashKey('page-front-matter', page.to, head),
    body: hashKey('page-body', page.to, String(lineCount(head)), mdxFormat, body),
  };
}

/** The front matter block as written, the text after it and its `mdx.format`; undefined when it cannot be read. */
function splitFrontMatter(text: string): { head: string; body: string; mdxFormat: string } | undefined {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // options turn off gray-matter's cache, which hands out shared objects
    parsed = matter(text, {});
  } catch {
    return undefined;
  }
  if (!text.endsWith(parsed.content)) return undefined;
  const format = (parsed.data as { mdx?: { format?: unknown } }).mdx?.format;
  return { head: text.slice(0, text.length - parsed.content.length), body: parsed.content, mdxFormat: typeof format === 'string' ? format : '' };
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}
