import { useMemo } from 'react';
import { translate } from '@docusaurus/Translate';
import type { SearchStatusTexts } from '../../site/search/client/search-state.js';

/** The search dialog's status sentences in the page's language (i18n/<locale>/code.json). */
export function useSearchStatusTexts(): SearchStatusTexts {
  return useMemo(
    () => ({
      searching: translate({ id: 'scs.search.searching', message: 'Searching…' }),
      unavailable: translate({
        id: 'scs.search.unavailable',
        message: 'Search is not available here: the index is built with the site (npm run build), not by npm start.',
      }),
      failed: translate({ id: 'scs.search.failed', message: 'The search failed. Reload the page and try again.' }),
      noResults: (query, where) =>
        where
          ? translate({ id: 'scs.search.noResultsIn', message: 'No results for “{query}” in {where}.' }, { query, where })
          : translate({ id: 'scs.search.noResults', message: 'No results for “{query}”.' }, { query }),
      someShown: (total, shown, where) =>
        where
          ? translate({ id: 'scs.search.someShownIn', message: '{total} pages match in {where}; showing the best {shown}.' }, { total, shown, where })
          : translate({ id: 'scs.search.someShown', message: '{total} pages match; showing the best {shown}.' }, { total, shown }),
      matches: (total, where) => {
        if (total === 1) {
          return where
            ? translate({ id: 'scs.search.oneMatchIn', message: '1 page matches in {where}.' }, { where })
            : translate({ id: 'scs.search.oneMatch', message: '1 page matches.' });
        }
        return where
          ? translate({ id: 'scs.search.matchesIn', message: '{total} pages match in {where}.' }, { total, where })
          : translate({ id: 'scs.search.matches', message: '{total} pages match.' }, { total });
      },
    }),
    [],
  );
}
