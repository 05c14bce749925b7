/**
 * The HTML attributes that tell the search indexers what a built page is about. Pagefind reads its own
 * `data-pagefind-*` attributes; the Algolia record builder reads the same elements back (`data-search-*`).
 */

/** Marks the doc content: only this part of a page is indexed (not the navbar, sidebars or footer). */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/** The hidden element carrying one fact: `data-search-fact="source"` with the value in `data-search-value`. */
export const SEARCH_FACT_ATTRIBUTE = 'data-search-fact';
export const SEARCH_VALUE_ATTRIBUTE = 'data-search-value';

/** Facts shown with every result; section and source repo are also filters. */
export const SEARCH_FACT_KEYS = ['section', 'source', 'breadcrumb'] as const;
export type SearchFactKey = (typeof SEARCH_FACT_KEYS)[number];
const FILTER_KEYS: readonly SearchFactKey[] = ['section', 'source'];

/** Pagefind filter with the language of the page's text (a page without translation is in the default's). */
export const SEARCH_LANGUAGE_FILTER = 'language';

/** Marks the hidden copy of the page's sidebar path, indexed as page text (see SearchContext). */
export const SEARCH_CONTEXT_ATTRIBUTE = 'data-search-context';

/**
 * Attributes of the hidden element that carries one fact: Pagefind takes it as meta (shown in the
 * result) and, for section and source, as filter, from the value attribute.
 */
export function createFactAttributes(key: SearchFactKey, value: string): Record<string, string> {
  const fromValue = `${key}[${SEARCH_VALUE_ATTRIBUTE}]`;
  return {
    [SEARCH_FACT_ATTRIBUTE]: key,
    [SEARCH_VALUE_ATTRIBUTE]: value,
    'data-pagefind-meta': fromValue,
    ...(FILTER_KEYS.includes(key) && { 'data-pagefind-filter': fromValue }),
  };
}

/** Separator of the sidebar path in the breadcrumb fact: `Operating SCS › Status page API server`. */
export const BREADCRUMB_SEPARATOR = ' › ';
