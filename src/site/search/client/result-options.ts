/**
 * The search results as the listbox's options, in reading order: each page, then its matching headings.
 * The arrow keys move through this flat list (like DocSearch), Enter opens the active one.
 */
import type { ExcerptPart } from './split-excerpt.js';
import type { SearchHit } from './to-search-hit.js';

export interface ResultOption {
  /** DOM id of the option (aria-activedescendant). */
  id: string;
  kind: 'page' | 'heading';
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** The page of a heading; section and source repo of a page. */
  pageTitle?: string;
  section?: string;
  source?: string;
}

export function listResultOptions(hits: readonly SearchHit[], idPrefix: string): ResultOption[] {
  return hits.flatMap((hit, hitIndex) => [
    { id: `${idPrefix}-${hitIndex}`, kind: 'page' as const, title: hit.title, url: hit.url, excerpt: hit.excerpt, section: hit.section, source: hit.source },
    ...hit.headings.map((heading, headingIndex) => ({
      id: `${idPrefix}-${hitIndex}-${headingIndex}`,
      kind: 'heading' as const,
      title: heading.title,
      url: heading.url,
      excerpt: heading.excerpt,
      pageTitle: hit.title,
    })),
  ]);
}

/** The option after moving `delta` steps from `active`, wrapping around the ends; -1 when there are none. */
export function moveActiveOption(active: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (((active + delta) % count) + count) % count;
}
