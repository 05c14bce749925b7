/**
 * Reads what the search needs from one built page: its address and contextual-search tags (from the
 * meta tags Docusaurus writes), the facts the theme attached (section, source repo), and the doc content
 * (only the `data-pagefind-body` part) as a flat list of headings and text blocks in reading order.
 */
import { parse } from 'parse5';
import { SEARCH_BODY_ATTRIBUTE, SEARCH_FACT_ATTRIBUTE, SEARCH_VALUE_ATTRIBUTE } from '../search-attributes.js';
import { findElement, findElements, isElement, readAttribute, type HtmlNode } from './html-tree.js';
import { listContentBlocks, type ContentBlock } from './list-content-blocks.js';

export interface BuiltPage {
  /** Absolute URL of the page (`og:url`), without anchor. */
  url: string;
  title: string;
  language: string;
  /** Docusaurus' tag of the docs instance and version, e.g. `docs-standards-current`. */
  docusaurusTag?: string;
  section?: string;
  source?: string;
  blocks: ContentBlock[];
}

function readMeta(document: HtmlNode, key: string): string | undefined {
  const meta = findElement(document, (el) => el.tagName === 'meta' && (readAttribute(el, 'name') ?? readAttribute(el, 'property')) === key);
  return meta ? readAttribute(meta, 'content') : undefined;
}

function readFacts(body: HtmlNode): Record<string, string> {
  const holders = findElements(body, (el) => readAttribute(el, SEARCH_FACT_ATTRIBUTE) !== undefined);
  return Object.fromEntries(holders.map((el) => [readAttribute(el, SEARCH_FACT_ATTRIBUTE), readAttribute(el, SEARCH_VALUE_ATTRIBUTE) ?? '']));
}

/**
 * The searchable page in `html`, or undefined for pages without doc content (home, sources, 404).
 * `fallbackUrl` names the page when it has no `og:url`.
 */
export function readBuiltPage(html: string, fallbackUrl: string): BuiltPage | undefined {
  const document = parse(html);
  const body = findElement(document, (el) => readAttribute(el, SEARCH_BODY_ATTRIBUTE) !== undefined);
  if (!body) return undefined;
  const blocks = listContentBlocks(body);
  const facts = readFacts(body);
  const htmlElement = findElement(document, (el) => el.tagName === 'html');
  const firstHeading = blocks.find((block) => block.kind === 'heading');
  const ogTitle = readMeta(document, 'og:title');
  return {
    url: (readMeta(document, 'og:url') ?? fallbackUrl).replace(/#.*$/, ''),
    title: firstHeading?.text ?? ogTitle?.replace(/ \| [^|]*$/, '') ?? '',
    language: readMeta(document, 'docsearch:language') ?? (htmlElement && isElement(htmlElement) ? readAttribute(htmlElement, 'lang') : undefined) ?? 'en',
    docusaurusTag: readMeta(document, 'docsearch:docusaurus_tag') ?? readMeta(document, 'docusaurus_tag'),
    section: facts.section || undefined,
    source: facts.source || undefined,
    blocks,
  };
}
