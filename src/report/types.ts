import type { Severity } from '../diagnostics/diagnostic.js';
import type { FetchStatus } from '../fetch/types.js';
import type { ToolchainName } from '../toolchains/types.js';

export interface SourceReport {
  id: string;
  /** Credential-free repo URL, or the local path for working-tree sources. */
  repo: string;
  ref: string | null;
  commit: string | null;
  status: FetchStatus;
  /** Upstream path → written path relative to the project root, and the page's URL path for docs; `locale` on translated pages. */
  files: { from: string; to: string; route?: string; hash?: string; locale?: string }[];
  /** Translated pages by language (`{ de: 3 }`); absent when the source has none. */
  translated?: Record<string, number>;
  error: string | null;
  /** The commit repos.lock held before this sync (null: none, or the source is new or moved to another repo). */
  previousCommit?: string | null;
  /** Written paths (relative to the project root) added, changed and removed since the last completed sync. */
  changes?: FileChanges;
  /** Set on the site's own pages: a page of these that cannot be built fails the site build (it is never replaced by a notice). */
  own?: true;
  /** The docs toolchain the source was read with. */
  format?: SourceFormat;
  /**
   * Accessibility warnings about the source's pages, by kind (`image-alt`, `link-text`, `heading-level`,
   * `table-header`; each reported as an `a11y/<kind>` problem with file and line). Absent when there are none.
   */
  accessibility?: Record<string, number>;
}

export interface SourceFormat {
  name: ToolchainName;
  /** Found in the repository rather than set in repos.yaml. */
  detected: boolean;
  /** The toolchain's config file the sync read (repo path). */
  config?: string;
  /** Constructs of the toolchain left as written (reported one by one as `toolchain/unconverted`). */
  unconverted: number;
}

export interface FileChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ReportProblem {
  severity: Severity;
  code: string;
  source: string | null;
  file: string | null;
  line: number | null;
  message: string;
  hint: string | null;
}

export interface SyncReport {
  version: 1;
  /** ISO time the sync finished. */
  syncedAt: string;
  durationMs: number;
  /** Milliseconds per stage (fetch, collect, transform, check, write), in the order they ran: where a sync's time goes. */
  stages?: Record<string, number>;
  sources: SourceReport[];
  problems: ReportProblem[];
  written: { changed: number; unchanged: number; removed: number };
}
