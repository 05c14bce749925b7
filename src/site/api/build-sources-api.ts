import { stripCredentials } from '../../diagnostics/redact.js';
import type { SourceReport, SyncReport } from '../../report/types.js';
import { API_VERSION, apiSchemaUrl } from './api-files.js';

/** `/api/sources.json` (schema/api/sources.schema.json): every field is always present, `null` when not known. */
export interface SourcesApi {
  $schema: string;
  version: number;
  /** When the sync the site was built from finished; null when the site was built without one. */
  syncedAt: string | null;
  sources: ApiSource[];
}

export interface ApiSource {
  id: string;
  /** The repository URL without credentials; null for a source read from a folder of the project. */
  repo: string | null;
  ref: string | null;
  commit: string | null;
  status: SourceReport['status'];
  pageCount: number;
  /** URL paths of the source's pages on the built site. */
  pages: string[];
}

/** A URL with a scheme; working-tree sources report a local folder instead, which is nobody's business. */
const URL_WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The sources of the sync report (the Sources page's data) in manifest order, each with the URLs of its pages that
 * the build has: `isPage` answers for a report route (`/docs/x`), `baseUrl` is put in front of each.
 */
export function buildSourcesApi(report: SyncReport | undefined, baseUrl: string, isPage: (url: string) => boolean): SourcesApi {
  return {
    $schema: apiSchemaUrl('sources'),
    version: API_VERSION,
    syncedAt: report?.syncedAt ?? null,
    sources: (report?.sources ?? []).map((source) => buildApiSource(source, baseUrl, isPage)),
  };
}

function buildApiSource(source: SourceReport, baseUrl: string, isPage: (url: string) => boolean): ApiSource {
  const routes = source.files.flatMap((file) => (file.route === undefined ? [] : [`${baseUrl.replace(/\/+$/, '')}${file.route}`]));
  const pages = [...new Set(routes)].filter(isPage);
  return {
    id: source.id,
    repo: URL_WITH_SCHEME.test(source.repo) ? stripCredentials(source.repo) : null,
    ref: source.ref,
    commit: source.commit,
    status: source.status,
    pageCount: pages.length,
    pages,
  };
}
