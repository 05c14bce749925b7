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

/** The status line under the search field; empty when there is nothing to say. */
export function describeSearchStatus(state: SearchState, section: string): string {
  const where = section ? ` in ${section}` : '';
  switch (state.status) {
    case 'idle':
      return '';
    case 'searching':
      return 'Searching…';
    case 'unavailable':
      return 'Search is not available here: the index is built with the site (npm run build), not by npm start.';
    case 'failed':
      return 'The search failed. Reload the page and try again.';
    case 'done':
      if (state.total === 0) return `No results for “${state.query}”${where}.`;
      if (state.total > state.hits.length) return `${state.total} pages match${where}; showing the best ${state.hits.length}.`;
      return `${state.total} ${state.total === 1 ? 'page matches' : 'pages match'}${where}.`;
  }
}
