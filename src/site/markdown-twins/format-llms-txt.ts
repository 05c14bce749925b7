import type { ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface LlmsSite {
  title: string;
  summary: string;
}

export interface LlmsPage {
  title: string;
  description: string;
  /** The twin's absolute URL. */
  twinUrl: string;
  /** The twin's body (Markdown, starting with the page's title as a level-1 heading). */
  body: string;
  /** The page's absolute URL. */
  pageUrl: string;
}

export interface LlmsSection {
  label: string;
  pages: LlmsPage[];
}

/** Tells readers of llms.txt where the Markdown is. */
const EXPLANATION: Paragraph = {
  type: 'paragraph',
  children: [
    { type: 'text', value: 'Every page of this site is also served as Markdown at its URL plus ' },
    { type: 'inlineCode', value: '.md' },
    { type: 'text', value: '; the links below point there. ' },
    { type: 'inlineCode', value: 'llms-full.txt' },
    { type: 'text', value: ' holds all pages in this order.' },
  ],
};

/**
 * `llms.txt` in the llmstxt.org format: the site's name as the heading, its summary as a quote, then one
 * section per docs section listing its pages in sidebar order as `- [Title](twin URL): description`.
 * Built as a syntax tree, so titles and descriptions are escaped as Markdown needs.
 */
export function formatLlmsTxt(site: LlmsSite, sections: LlmsSection[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: site.title }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: site.summary }] }] },
      EXPLANATION,
      ...sections.filter((section) => section.pages.length > 0).flatMap(formatSection),
    ],
  };
  return toMarkdown(tree, { bullet: '-', listItemIndent: 'one' });
}

function formatSection(section: LlmsSection): RootContent[] {
  const items = section.pages.map((page): ListItem => {
    const description = page.description.replace(/\s+/g, ' ').trim();
    return {
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: page.twinUrl, children: [{ type: 'text', value: page.title }] },
            ...(description ? [{ type: 'text' as const, value: `: ${description}` }] : []),
          ],
        },
      ],
    };
  });
  return [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: section.label }] },
    { type: 'list', ordered: false, spread: false, children: items },
  ];
}

/**
 * `llms-full.txt`: the same heading and summary, then every page's twin in the order of `llms.txt`, each
 * with its address under its title and a rule between pages.
 */
export function formatLlmsFull(site: LlmsSite, sections: LlmsSection[]): string {
  const header = `# ${site.title}\n\n> ${site.summary}\n`;
  const pages = sections.flatMap((section) => section.pages).map((page) => {
    const lineEnd = page.body.indexOf('\n');
    const title = lineEnd === -1 ? page.body : page.body.slice(0, lineEnd);
    const rest = lineEnd === -1 ? '' : page.body.slice(lineEnd + 1);
    return `${title}\n\nURL: ${page.pageUrl}\n${rest}`;
  });
  return [header, ...pages].join('\n---\n\n');
}
