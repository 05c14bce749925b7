import { EXCERPT_WORDS, type PagefindModule } from './pagefind-api.js';

/** Thrown when the site has no index (`docusaurus start`, or a build without the search plugin). */
export class SearchIndexMissingError extends Error {
  constructor(bundleUrl: string, options?: ErrorOptions) {
    super(`The search index ${bundleUrl} could not be loaded`, options);
    this.name = 'SearchIndexMissingError';
  }
}

/**
 * Loads Pagefind's browser module from the built site at run time (it is not part of the bundle:
 * the index and its loader are written after the build) and points its result URLs at the base URL.
 */
export async function loadPagefind(bundleUrl: string, baseUrl: string): Promise<PagefindModule> {
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* webpackIgnore: true */ bundleUrl)) as PagefindModule;
  } catch (error) {
    throw new SearchIndexMissingError(bundleUrl, { cause: error });
  }
  // no web worker: for an index of this size the search takes milliseconds, and the worker is 40 KB more
  await pagefind.options({ baseUrl, excerptLength: EXCERPT_WORDS, noWorker: true });
  await pagefind.init();
  return pagefind;
}
