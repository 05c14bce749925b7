import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** MDX as Docusaurus reads it (MDX + GFM + front matter + directives), only parsed: no expression is evaluated. */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

export function parseMdx(text: string): { tree: Root } | { error: string; line?: number; column?: number } {
  try {
    return { tree: processor.parse(text) };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line?: number; column?: number } } }).place;
    const point = place?.start ?? place;
    return {
      error: (error instanceof Error ? (error as { reason?: string }).reason ?? error.message : String(error)).split('\n')[0]!,
      ...(typeof point?.line === 'number' ? { line: point.line } : {}),
      ...(typeof point?.column === 'number' ? { column: point.column } : {}),
    };
  }
}
