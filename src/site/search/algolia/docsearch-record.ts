/**
 * The records of an Algolia DocSearch index, in the shape Docusaurus' DocSearch UI reads: one record per
 * heading (`type: lvl1…lvl6`) and per text block (`type: content`), each with the heading hierarchy above
 * it. `lvl0` is the site section. `language` and `docusaurus_tag` drive Docusaurus' contextual search.
 */

export const HIERARCHY_LEVELS = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'] as const;
export type HierarchyLevel = (typeof HIERARCHY_LEVELS)[number];
export type Hierarchy = Record<HierarchyLevel, string | null>;

export interface DocSearchRecord {
  objectID: string;
  type: HierarchyLevel | 'content';
  hierarchy: Hierarchy;
  content: string | null;
  /** Absolute URL, at the anchor of the nearest heading when it has one. */
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  language: string;
  docusaurus_tag: string;
  /** The upstream repo of the page (`OWNER/NAME`); a facet to filter by. */
  source: string | null;
  /** DocSearch's ranking inputs: headings before text, higher headings first, earlier first. */
  weight: { pageRank: number; level: number; position: number };
}

/** The `lvl0` of pages without a section (DocSearch's own default). */
export const DEFAULT_LVL0 = 'Documentation';
/** The Docusaurus tag of pages without one (matches `docusaurus_tag:default` of contextual search). */
export const DEFAULT_DOCUSAURUS_TAG = 'default';
/** Text blocks longer than this are cut at a word boundary (Algolia refuses records over 10 KB). */
export const MAX_CONTENT_LENGTH = 3000;

/** DocSearch's level weights: lvl0 100, lvl1 90 … lvl6 40, content 0. */
export function weighLevel(type: DocSearchRecord['type']): number {
  return type === 'content' ? 0 : 100 - HIERARCHY_LEVELS.indexOf(type) * 10;
}

/** Cuts long text at the last space before the limit and marks the cut. */
export function truncateContent(text: string, limit = MAX_CONTENT_LENGTH): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit - 1);
  return `${text.slice(0, cut > limit / 2 ? cut : limit - 1)}…`;
}
