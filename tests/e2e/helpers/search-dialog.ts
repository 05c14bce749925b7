/** Reader-level helpers for the local search dialog (src/theme/SearchBar). */
import type { Locator, Page, Request } from 'playwright-core';

/** The search dialog, its field (combobox) and its results (listbox). */
export function locateSearch(page: Page): { dialog: Locator; field: Locator; results: Locator; status: Locator } {
  const dialog = page.getByRole('dialog', { name: 'Search the documentation' });
  return {
    dialog,
    field: dialog.getByRole('combobox', { name: 'Search the documentation' }),
    results: dialog.getByRole('listbox', { name: 'Search results' }),
    status: dialog.getByRole('status'),
  };
}

export interface ResponseLog {
  /** Path and body size (as sent over the wire) of each response, in the order they finished. */
  readonly responses: { path: string; bytes: number }[];
}

/** Records every response the page receives from now on. */
export function logResponses(page: Page): ResponseLog {
  const log: ResponseLog = { responses: [] };
  page.on('requestfinished', (request: Request) => {
    void request.sizes().then((sizes) => log.responses.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize }));
  });
  return log;
}

/** The files of the search index among the responses (`/pagefind/…`) and their total size. */
export function summarizeSearchDownloads(log: ResponseLog): { files: string[]; bytes: number } {
  const search = log.responses.filter((response) => response.path.startsWith('/pagefind/'));
  return { files: search.map((response) => response.path), bytes: search.reduce((sum, response) => sum + response.bytes, 0) };
}
