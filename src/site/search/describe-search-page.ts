/**
 * What the search shows about a doc page besides its title: the site section, its place in the sidebar
 * and the upstream repo it comes from. Computed in the browser bundle (theme) and read back from the
 * built HTML (Pagefind meta/filters, Algolia records), so it must stay free of Node APIs.
 */
import { parseRepoUrl } from '../../manifest/repo-url.js';
import { SECTIONS, sectionIdOfDocsPlugin } from '../../manifest/section-list.js';
import { BREADCRUMB_SEPARATOR } from './search-attributes.js';

export interface SearchPageFacts {
  /** Section label as in the navbar, e.g. "Standards". */
  section?: string;
  /** Upstream repo as readers know it: `OWNER/NAME` on GitHub/GitLab, else the URL without credentials. */
  source?: string;
  /** The sidebar categories above the page: `Operating SCS › Status page API server`. */
  breadcrumb?: string;
}

/** The section label of a docs plugin instance (each section is one instance, named by its folder). */
export function findSectionLabel(docsPluginId: string | undefined): string | undefined {
  const sectionId = docsPluginId === undefined ? undefined : sectionIdOfDocsPlugin(docsPluginId);
  return SECTIONS.find((section) => section.id === sectionId)?.label;
}

/** `https://github.com/SovereignCloudStack/standards.git` → `SovereignCloudStack/standards`. */
export function describeSourceRepo(repo: string): string {
  const location = parseRepoUrl(repo);
  if (location.web) return new URL(location.web).pathname.replace(/^\/+/, '');
  return location.key;
}

function readSourceRepo(frontMatter: Record<string, unknown>): string | undefined {
  const source = frontMatter.source;
  const repo = typeof source === 'object' && source !== null ? (source as Record<string, unknown>).repo : undefined;
  return typeof repo === 'string' && repo !== '' ? describeSourceRepo(repo) : undefined;
}

/**
 * Section, sidebar path and source repo of a doc page, from its docs plugin, the labels of the sidebar
 * categories that hold it (outermost first, without the page itself) and the sync's `source` front matter.
 * `sectionName` words the section in the page's language (the search filter offers the same names).
 */
export function describeSearchPage(
  docsPluginId: string | undefined,
  frontMatter: Record<string, unknown>,
  categoryLabels: readonly string[] = [],
  sectionName: (sectionId: string, label: string) => string = (_id, label) => label,
): SearchPageFacts {
  const labels = categoryLabels.map((label) => label.trim()).filter(Boolean);
  const sectionId = docsPluginId === undefined ? undefined : sectionIdOfDocsPlugin(docsPluginId);
  const sectionLabel = findSectionLabel(docsPluginId);
  return {
    section: sectionLabel !== undefined && sectionId !== undefined ? sectionName(sectionId, sectionLabel) : undefined,
    source: readSourceRepo(frontMatter),
    breadcrumb: labels.length > 0 ? labels.join(BREADCRUMB_SEPARATOR) : undefined,
  };
}
