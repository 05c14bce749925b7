import { parseRepoUrl, webCommitUrl } from '../../../manifest/repo-url.js';
import type { ReportProblem, SourceFormat, SourceReport, SyncReport } from '../../../report/types.js';
import type { SourceRow, SourcesPageData, SourceStatus } from '../../../components/sources/sources-data.js';

const STATUS_LABELS: Record<SourceStatus, string> = {
  synced: 'Synced',
  unchanged: 'Unchanged',
  stale: 'Stale',
  failed: 'Failed',
};

/** Turns the sync report into the Sources page's rows, in manifest order. */
export function buildSourcesPageData(report: SyncReport | undefined): SourcesPageData {
  if (!report) return { summary: null };
  const rows = report.sources.map((source) => buildSourceRow(source, report.problems));
  const counts: Record<SourceStatus, number> = { synced: 0, unchanged: 0, stale: 0, failed: 0 };
  for (const row of rows) counts[row.status] += 1;
  return {
    summary: {
      syncedAt: report.syncedAt,
      syncedAtText: formatSyncTime(report.syncedAt),
      durationText: `${(report.durationMs / 1000).toFixed(1)} s`,
      counts,
      rows,
    },
  };
}

export function buildSourceRow(source: SourceReport, problems: readonly ReportProblem[]): SourceRow {
  const location = parseRepoUrl(source.repo);
  const own = problems.filter((p) => p.source === source.id);
  const routes = source.files.flatMap((f) => (f.route === undefined || f.locale !== undefined ? [] : [f.route]));
  const home = pickHomeRoute(routes);
  return {
    id: source.id,
    repoName: location.web ? new URL(location.web).pathname.slice(1) : source.repo,
    ...(location.web && { repoUrl: location.web }),
    ref: source.ref,
    ...(source.commit && {
      commit: { short: source.commit.slice(0, 7), full: source.commit, url: webCommitUrl(location, source.commit) },
    }),
    status: source.status,
    statusLabel: STATUS_LABELS[source.status],
    statusDetail: describeStatus(source),
    files: source.files.length,
    pages: routes.length,
    ...(source.translated && { translated: describeTranslated(source.translated) }),
    ...(home !== undefined && { home }),
    errors: own.filter((p) => p.severity === 'error').length,
    warnings: own.filter((p) => p.severity === 'warning').length,
    ...(source.format && { format: describeFormat(source.format) }),
    ...(source.accessibility && { accessibility: describeAccessibility(source.accessibility) }),
  };
}

/** `2 pages in German`: the languages by their English names, as the site's language menu names them to English readers. */
function describeTranslated(counts: Record<string, number>): string {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return Object.entries(counts)
    .map(([locale, count]) => `${count} ${count === 1 ? 'page' : 'pages'} in ${names.of(locale) ?? locale}`)
    .join(', ');
}

/** What each kind of accessibility warning is called on the Sources page (singular, plural). */
const ACCESSIBILITY_LABELS: Record<string, [string, string]> = {
  'image-alt': ['image without alt text', 'images without alt text'],
  'link-text': ['link text that names no target', 'link texts that name no target'],
  'heading-level': ['skipped heading level', 'skipped heading levels'],
  'table-header': ['table without a header row', 'tables without a header row'],
};

/** `Accessibility: 3 images without alt text, 1 skipped heading level`. */
function describeAccessibility(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, count]) => {
    const [one, many] = ACCESSIBILITY_LABELS[kind] ?? [kind, kind];
    return `${count} ${count === 1 ? one : many}`;
  });
  return `Accessibility: ${parts.join(', ')}`;
}

const TOOLCHAIN_LABELS: Record<SourceFormat['name'], string> = {
  gfm: 'GitHub Markdown',
  mkdocs: 'MkDocs',
  mdbook: 'mdBook',
  docusaurus: 'Docusaurus',
  jekyll: 'Jekyll',
  hugo: 'Hugo',
};

function describeFormat(format: SourceFormat): string {
  const how = format.detected ? 'detected' : 'set in repos.yaml';
  const left = format.unconverted === 0 ? '' : ` · ${format.unconverted} construct${format.unconverted === 1 ? '' : 's'} shown as written`;
  return `${TOOLCHAIN_LABELS[format.name]} (${how})${left}`;
}

function describeStatus(source: SourceReport): string {
  const reason = source.error ? `: ${source.error}` : '';
  switch (source.status) {
    case 'synced':
      return source.commit ? 'Updated to a new commit in the last sync.' : 'Read from the working tree in the last sync.';
    case 'unchanged':
      return 'Same commit as the sync before; nothing new upstream.';
    case 'stale':
      return endSentence(`Could not be updated, so the pages of the last good commit stay published${reason}`);
    case 'failed':
      return endSentence(`Nothing is published from this source${reason}`);
  }
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The top-most page: fewest path segments, then the shortest path. */
function pickHomeRoute(routes: readonly string[]): string | undefined {
  const depth = (route: string) => route.split('/').filter(Boolean).length;
  return [...routes].sort((a, b) => depth(a) - depth(b) || a.length - b.length || a.localeCompare(b))[0];
}

/** `21 Nov 2026, 05:57 UTC`: fixed time zone, so the server-rendered page and the browser agree. */
export function formatSyncTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}
