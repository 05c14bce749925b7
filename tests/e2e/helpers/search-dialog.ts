/** Reader-level helpers for the local search dialog (src/theme/SearchBar). */
import type { Locator, Page, Request } from 'playwright-core';
import { waitForHydration } from './open-page.js';

/** The search dialog, its field (combobox), its results (listbox) and its status line. */
export interface SearchDialog {
  dialog: Locator;
  field: Locator;
  results: Locator;
  status: Locator;
}

export function locateSearch(page: Page): SearchDialog {
  const dialog = page.getByRole('dialog', { name: 'Search the documentation' });
  return {
    dialog,
    field: dialog.getByRole('combobox', { name: 'Search the documentation' }),
    results: dialog.getByRole('listbox', { name: 'Search results' }),
    status: dialog.getByRole('status'),
  };
}

/**
 * Opens the search as a reader does, with a shortcut key or the navbar's button, once the page responds (a key
 * pressed before hydration is lost), and waits until the dialog is open.
 */
export async function openSearch(page: Page, how: 'Control+k' | '/' | 'button'): Promise<SearchDialog> {
  await waitForHydration(page);
  if (how === 'button') await page.getByRole('button', { name: 'Search' }).click();
  else await page.keyboard.press(how);
  const search = locateSearch(page);
  await search.field.waitFor({ state: 'visible' });
  return search;
}

export interface ResponseLog {
  /** Path and body size (as sent over the wire) of each response finished so far, once the browser has told. */
  settled(): Promise<{ path: string; bytes: number }[]>;
}

/** Records every response the page receives from now on. */
export function logResponses(page: Page): ResponseLog {
  const sizes: Promise<{ path: string; bytes: number } | undefined>[] = [];
  page.on('requestfinished', (request: Request) => {
    const path = new URL(request.url()).pathname;
    // the browser answers asynchronously; a request it no longer can (the test closed the page) is left out
    sizes.push(request.sizes().then((size) => ({ path, bytes: size.responseBodySize }), () => undefined));
  });
  return { settled: async () => (await Promise.all(sizes)).filter((response) => response !== undefined) };
}

/** The files of the search index among the responses so far (`/pagefind/…`) and their total size. */
export async function summarizeSearchDownloads(log: ResponseLog): Promise<{ files: string[]; bytes: number }> {
  const search = (await log.settled()).filter((response) => response.path.startsWith('/pagefind/'));
  return { files: search.map((response) => response.path), bytes: search.reduce((sum, response) => sum + response.bytes, 0) };
}
