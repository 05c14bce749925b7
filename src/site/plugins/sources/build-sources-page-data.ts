import { parseRepoUrl, webCommitUrl } from '../../../manifest/repo-url.js';
import type { ReportProblem, SourceFormat, SourceReport, SyncReport } from '../../../report/types.js';
import type { SourceRow, SourcesPageData, SourceStatus } from '../../../components/sources/sources-data.js';

import { sourcesText, type SourcesText } from './sources-text.js';

/** Turns the sync report into the Sources page's rows, in manifest order, worded for `locale`. */
export function buildSourcesPageData(report: SyncReport | undefined, locale = 'en'): SourcesPageData {
  if (!report) return { summary: null };
  const text = sourcesText(locale);
  const rows = report.sources.map((source) => buildSourceRow(source, report.problems, text));
  const counts: Record<SourceStatus, number> = { synced: 0, unchanged: 0, stale: 0, failed: 0 };
  for (const row of rows) counts[row.status] += 1;
  return {
    summary: {
      syncedAt: report.syncedAt,
      syncedAtText: formatSyncTime(report.syncedAt, text.dateLocale),
      durationText: `${(report.durationMs / 1000).toLocaleString(text.dateLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`,
      counts,
      rows,
    },
  };
}

export function buildSourceRow(source: SourceReport, problems: readonly ReportProblem[], text: SourcesText = sourcesText('en')): SourceRow {
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
    statusLabel: text.statusLabels[source.status],
    statusDetail: describeStatus(source, text),
    files: source.files.length,
    pages: routes.length,
    ...(source.translated && { translated: describeTranslated(source.translated, text) }),
    ...(home !== undefined && { home }),
    errors: own.filter((p) => p.severity === 'error').length,
    warnings: own.filter((p) => p.severity === 'warning').length,
    ...(source.format && { format: describeFormat(source.format, text) }),
    ...(source.accessibility && { accessibility: describeAccessibility(source.accessibility, text) }),
  };
}

/** `2 pages in German`: each language named in the page's own language. */
function describeTranslated(counts: Record<string, number>, text: SourcesText): string {
  const names = new Intl.DisplayNames([text.dateLocale], { type: 'language' });
  return Object.entries(counts)
    .map(([locale, count]) => text.translated(count, names.of(locale) ?? locale))
    .join(', ');
}

/** `Accessibility: 3 images without alt text, 1 skipped heading level`. */
function describeAccessibility(counts: Record<string, number>, text: SourcesText): string {
  const parts = Object.entries(counts).map(([kind, count]) => {
    const [one, many] = text.accessibilityLabels[kind] ?? [kind, kind];
    return `${count} ${count === 1 ? one : many}`;
  });
  return text.accessibility(parts.join(', '));
}

const TOOLCHAIN_LABELS: Record<SourceFormat['name'], string> = {
  gfm: 'GitHub Markdown',
  mkdocs: 'MkDocs',
  mdbook: 'mdBook',
  docusaurus: 'Docusaurus',
  jekyll: 'Jekyll',
  hugo: 'Hugo',
};

function describeFormat(format: SourceFormat, text: SourcesText): string {
  const how = format.detected ? text.formatDetected : text.formatSet;
  const left = format.unconverted === 0 ? '' : ` · ${text.unconverted(format.unconverted)}`;
  return `${TOOLCHAIN_LABELS[format.name]} (${how})${left}`;
}

function describeStatus(source: SourceReport, text: SourcesText): string {
  const reason = source.error ? `: ${source.error}` : '';
  switch (source.status) {
    case 'synced':
      return source.commit ? text.syncedCommit : text.syncedWorkingTree;
    case 'unchanged':
      return text.unchanged;
    case 'stale':
      return endSentence(text.stale(reason));
    case 'failed':
      return endSentence(text.failed(reason));
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

/** `21 Nov 2026, 05:57 UTC` (German: `21. Nov. 2026, 05:57 UTC`): fixed time zone, so the server-rendered page and the browser agree. */
export function formatSyncTime(iso: string, dateLocale = 'en-GB'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString(dateLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString(dateLocale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
  return `${day}, ${time} UTC`;
}
