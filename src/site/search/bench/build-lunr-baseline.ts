/**
 * The baseline the local search is measured against: what docusaurus-lunr-search (the old site's search)
 * ships for the same pages — one lunr index of every page section (title boosted over text) and one JSON
 * file of the sections' titles, URLs and text for the result list, both downloaded in full at the first
 * search.
 */
import lunr from 'lunr';
import type { BuiltPage } from '../html/read-built-page.js';

export interface LunrSection {
  id: number;
  /** Site path with the heading anchor. */
  url: string;
  title: string;
  pageTitle: string;
  content: string;
}

export interface LunrBaseline {
  /** `lunr-index.json`: the serialized index. */
  index: string;
  /** `search-doc.json`: the sections the results are shown from. */
  documents: string;
  sectionCount: number;
}

/** Headings up to this level start a section of their own; deeper ones stay in their parent's text. */
const SECTION_LEVEL = 3;

/** A page's sections: its top (title and lead text) and each h2/h3 with the text below it. */
export function splitPageSections(page: BuiltPage, firstId: number): LunrSection[] {
  const path = new URL(page.url).pathname.replace(/\/$/, '') || '/';
  const sections: LunrSection[] = [{ id: firstId, url: path, title: page.title, pageTitle: page.title, content: '' }];
  for (const block of page.blocks) {
    const current = sections.at(-1)!;
    if (block.kind === 'heading' && block.level > 1 && block.level <= SECTION_LEVEL) {
      const url = block.anchor ? `${path}#${block.anchor}` : path;
      sections.push({ id: firstId + sections.length, url, title: block.text, pageTitle: page.title, content: '' });
    } else if (block.kind === 'text' || block.level > SECTION_LEVEL) {
      current.content = current.content ? `${current.content} ${block.text}` : block.text;
    }
  }
  return sections;
}

export function buildLunrBaseline(pages: readonly BuiltPage[]): LunrBaseline {
  const sections: LunrSection[] = [];
  for (const page of pages) sections.push(...splitPageSections(page, sections.length));
  const index = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('pageTitle', { boost: 2 });
    this.field('content');
    this.metadataWhitelist = ['position'];
    for (const section of sections) this.add(section);
  });
  return { index: JSON.stringify(index), documents: JSON.stringify(sections), sectionCount: sections.length };
}
