/**
 * The search results as the listbox's options, in reading order: each page, then its matching headings.
 * The arrow keys move through this flat list (like DocSearch), Enter opens the active one.
 */
import { BREADCRUMB_SEPARATOR } from '../search-attributes.js';
import type { ExcerptPart } from './split-excerpt.js';
import type { SearchHit } from './to-search-hit.js';

export interface ResultOption {
  /** DOM id of the option (aria-activedescendant). */
  id: string;
  kind: 'page' | 'heading';
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** The page of a heading; where a page is (section › sidebar path) and the repo it comes from. */
  pageTitle?: string;
  place?: string;
  source?: string;
}

/** `For Operators › Operating SCS › Status page API server`. */
export function describePlace(hit: Pick<SearchHit, 'section' | 'breadcrumb'>): string | undefined {
  const parts = [hit.section, hit.breadcrumb].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(BREADCRUMB_SEPARATOR) : undefined;
}

export function listResultOptions(hits: readonly SearchHit[], idPrefix: string): ResultOption[] {
  return hits.flatMap((hit, hitIndex) => [
    { id: `${idPrefix}-${hitIndex}`, kind: 'page' as const, title: hit.title, url: hit.url, excerpt: hit.excerpt, place: describePlace(hit), source: hit.source },
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
