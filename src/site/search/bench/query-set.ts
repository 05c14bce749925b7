/**
 * The benchmark's fixed queries on the real corpus, each with the pages that count as the right answer
 * (any one of them in the top 3 distinct pages). A path ending in `/*` accepts every page below it.
 * Versions of one standard and its overview page are all right answers for a query about that standard.
 */

export interface BenchQuery {
  query: string;
  accept: readonly string[];
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { query: 'flavor naming', accept: ['/standards/scs-0100-v3-flavor-naming', '/standards/scs-0100-v2-flavor-naming', '/standards/scs-0100-v1-flavor-naming', '/standards/iaas/scs-0100'] },
  { query: 'cluster stacks', accept: ['/docs/container/components/cluster-stacks/*'] },
  { query: 'csctl', accept: ['/docs/container/components/cluster-stacks/components/csctl/*'] },
  { query: 'status page api configuration', accept: ['/docs/operating-scs/components/status-page-api/docs/configuration'] },
  { query: 'health monitor', accept: ['/docs/operating-scs/components/scs-health-monitor/*', '/docs/operating-scs/guides/openstack-health-monitor/*'] },
  { query: 'harbor backup restore', accept: ['/docs/container/components/container-registry/docs/backup_and_restore'] },
  { query: 'image metadata', accept: ['/standards/scs-0102-v1-image-metadata', '/standards/scs-0102-v2-image-metadata', '/standards/iaas/scs-0102'] },
  { query: 'kubernetes version policy', accept: ['/standards/scs-0210-v2-k8s-version-policy', '/standards/scs-0210-v1-k8s-new-version-policy', '/standards/kaas/scs-0210'] },
  { query: 'opendesk', accept: ['/user-docs/application-examples/opendesk-on-scs/*'] },
  { query: 'availability zones', accept: ['/standards/scs-0121-v1-Availability-Zones-Standard', '/standards/iaas/scs-0121'] },
  { query: 'domain manager keystone', accept: ['/standards/scs-0302-v1-domain-manager-role', '/standards/iam/scs-0302'] },
  { query: 'alertmanager', accept: ['/docs/operating-scs/components/monitoring/docs/alertmanager'] },
  { query: 'penetration testing', accept: ['/docs/operating-scs/components/automated-pentesting-iaas/*', '/docs/operating-scs/components/automated-pentesting-kaas/*'] },
  { query: 'entropy', accept: ['/standards/scs-0101-v1-entropy', '/standards/iaas/scs-0101'] },
  { query: 'sonobuoy conformance', accept: ['/standards/scs-0200-v1-using-sonobuoy-for-kaas-conformance-tests', '/standards/kaas/scs-0200'] },
  { query: 'release 7', accept: ['/docs/releases/Release7'] },
];

/** `https://host/docs/a/#b` or `/docs/a/` → `/docs/a`: the page a result is on. */
export function toPagePath(url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname.replace(/\/(?:index\.html)?$/, '');
  return path === '' ? '/' : decodeURIComponent(path);
}

/** Whether a result page is one of the accepted answers. */
export function isAcceptedPage(pagePath: string, accept: readonly string[]): boolean {
  return accept.some((entry) => (entry.endsWith('/*') ? pagePath.startsWith(entry.slice(0, -1)) : pagePath === entry));
}

/** The first `count` distinct pages of a ranked list of result URLs. */
export function listTopPages(urls: readonly string[], count: number): string[] {
  return [...new Set(urls.map(toPagePath))].slice(0, count);
}
