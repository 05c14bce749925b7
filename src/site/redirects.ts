/**
 * Client-side redirects of the site: old URLs that readers and other sites still link to,
 * mapped to the page that now serves them. Passed as-is to `@docusaurus/plugin-client-redirects`,
 * which writes one small HTML page per `from` path (so each `from` must not be a page itself,
 * and each `to` must be a page the build creates).
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
