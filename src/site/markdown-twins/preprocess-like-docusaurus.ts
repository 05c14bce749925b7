import { createRequire } from 'node:module';
import { ADMONITION_KEYWORDS } from './admonitions-to-quotes.js';

const require = createRequire(import.meta.url);

interface DocusaurusMarkdownUtils {
  unwrapMdxCodeBlocks(content: string): string;
  admonitionTitleToDirectiveLabel(content: string, keywords: string[]): string;
}

let utils: DocusaurusMarkdownUtils | undefined;

/**
 * What Docusaurus' MDX loader does to a page's text before parsing it (mdx-loader `preprocessor`, with the
 * site's settings), done with Docusaurus' own functions so the twin reads the page as the site does:
 * ```` ```mdx-code-block ```` fences are unwrapped and `:::note Title` becomes `:::note[Title]`.
 */
export function preprocessLikeDocusaurus(text: string): string {
  utils ??= require('@docusaurus/utils') as DocusaurusMarkdownUtils;
  return utils.admonitionTitleToDirectiveLabel(utils.unwrapMdxCodeBlocks(text), ADMONITION_KEYWORDS);
}
