import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one markdown parser of the pipeline: CommonMark + GFM + YAML front matter + directives,
 * the same syntax Docusaurus applies to `.md` files, with node positions (offsets) kept.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
