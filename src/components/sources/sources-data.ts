/**
 * What the Sources page shows, shaped at build time from the sync report
 * (src/site/plugins/sources/build-sources-page-data.ts) so the page itself only renders.
 */
export type SourceStatus = 'synced' | 'unchanged' | 'stale' | 'failed';

export interface SourceRow {
  id: string;
  /** `OWNER/NAME` for hosts with a web UI, else the repo URL or local path as given. */
  repoName: string;
  repoUrl?: string;
  ref: string | null;
  /** Absent for working-tree sources and failed ones. */
  commit?: { short: string; full: string; url?: string };
  status: SourceStatus;
  /** Short status word shown in the badge, e.g. "Stale". */
  statusLabel: string;
  /** One sentence: what the status means for this source, with the reason for stale and failed ones. */
  statusDetail: string;
  /** Files the source contributes (pages, images and data). */
  files: number;
  /** English pages. */
  pages: number;
  /** Its translated pages, e.g. "2 pages in German"; absent when it has none. */
  translated?: string;
  /** Site path of the source's top page, when it has pages. */
  home?: string;
  errors: number;
  warnings: number;
  /** The docs toolchain the source is written for, e.g. "mkdocs, detected · 3 constructs shown as written". */
  format?: string;
  /** The accessibility warnings of its pages, e.g. "Accessibility: 3 images without alt text" (counted among `warnings`). */
  accessibility?: string;
}

export interface SourcesSummary {
  /** ISO time the sync finished. */
  syncedAt: string;
  /** `syncedAt` for people, in UTC (the same on the server and in every browser). */
  syncedAtText: string;
  durationText: string;
  counts: Record<SourceStatus, number>;
  rows: SourceRow[];
}

export interface SourcesPageData {
  /** Null when no sync report exists (no sync has run). */
  summary: SourcesSummary | null;
}
