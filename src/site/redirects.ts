/**
 * Client-side redirects of the site: old URLs that readers and other sites still link to,
 * mapped to the page that now serves them. `@docusaurus/plugin-client-redirects` writes one small HTML page
 * per `from` path (so each `from` must not be a page itself).
 */
export interface SiteRedirect {
  /** Site path(s) that used to serve the page, e.g. `/standards/scs-0100-v3-flavor-naming`. */
  from: string | string[];
  /** Site path of the page that serves it now. */
  to: string;
}

export const REDIRECTS: SiteRedirect[] = [
  // the old site's generated overview of all standards; the overview is generated at /standards/overview now
  { from: '/standards/standards/overview', to: '/standards/overview' },
];

/**
 * For the plugin's `createRedirects`: the old paths that lead to `existingPath`. Asked only for pages the build
 * creates, so a redirect whose page is missing (its source could not be fetched) is left out instead of failing
 * the build.
 */
export function redirectsTo(existingPath: string): string[] | undefined {
  const from = REDIRECTS.filter((redirect) => redirect.to === existingPath).flatMap((redirect) => redirect.from);
  return from.length > 0 ? from : undefined;
}
