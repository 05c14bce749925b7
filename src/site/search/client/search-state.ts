/** What the search dialog knows at a moment, and the sentence that tells the reader (and screen readers). */
import type { SearchHit } from './to-search-hit.js';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[]; total: number }
  | { status: 'unavailable' }
  | { status: 'failed' };

/** The hits on screen in any state (the last ones stay while a new search runs). */
export function listShownHits(state: SearchState): SearchHit[] {
  return state.status === 'searching' || state.status === 'done' ? state.hits : [];
}

/** The sentences of the status line, in the page's language (the search dialog fills them with its translations). */
export interface SearchStatusTexts {
  searching: string;
  unavailable: string;
  failed: string;
  /** `where` is empty or the section's name. */
  noResults: (query: string, where: string) => string;
  someShown: (total: number, shown: number, where: string) => string;
  matches: (total: number, where: string) => string;
}

export const ENGLISH_STATUS_TEXTS: SearchStatusTexts = {
  searching: 'Searching…',
  unavailable: 'Search is not available here: the index is built with the site (npm run build), not by npm start.',
  failed: 'The search failed. Reload the page and try again.',
  noResults: (query, where) => `No results for “${query}”${where ? ` in ${where}` : ''}.`,
  someShown: (total, shown, where) => `${total} pages match${where ? ` in ${where}` : ''}; showing the best ${shown}.`,
  matches: (total, where) => `${total} ${total === 1 ? 'page matches' : 'pages match'}${where ? ` in ${where}` : ''}.`,
};

/** The status line under the search field; empty when there is nothing to say. `section` is the filter's name. */
export function describeSearchStatus(state: SearchState, section: string, texts: SearchStatusTexts = ENGLISH_STATUS_TEXTS): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'searching':
      return texts.searching;
    case 'unavailable':
      return texts.unavailable;
    case 'failed':
      return texts.failed;
    case 'done':
      if (state.total === 0) return texts.noResults(state.query, section);
      if (state.total > state.hits.length) return texts.someShown(state.total, state.hits.length, section);
      return texts.matches(state.total, section);
  }
}
