import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageFacts {
  /** `href`s of every link on the page. */
  links: Set<string>;
  /** Whether the page shows Docusaurus' "last updated" line. */
  showsLastUpdated: boolean;
}

/** What a built page shows a reader, read from its HTML with parse5. */
export function readPageFacts(html: string): PageFacts {
  const facts: PageFacts = { links: new Set(), showsLastUpdated: false };
  visit(parse(html).childNodes, (element) => {
    const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    const href = element.tagName === 'a' ? attribute('href') : undefined;
    if (href) facts.links.add(href);
    if ((attribute('class') ?? '').split(/\s+/).includes('theme-last-updated')) facts.showsLastUpdated = true;
  });
  return facts;
}

/** Problems of one aggregated page: no edit link to its upstream file, or no "last updated". */
export function checkAggregatedPage(facts: PageFacts, editUrl: string | undefined): string[] {
  const problems: string[] = [];
  if (!editUrl) problems.push('the synced page has no custom_edit_url');
  else if (!facts.links.has(editUrl)) problems.push(`no "Edit this page" link to ${editUrl}`);
  if (!facts.showsLastUpdated) problems.push('no "last updated" line');
  return problems;
}

function visit(nodes: readonly Node[], onElement: (element: Element) => void): void {
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    onElement(node);
    visit('content' in node ? node.content.childNodes : node.childNodes, onElement);
  }
}
