import { resolve } from 'node:path';
import type { SyncReport } from '../../report/types.js';

/** Where a file of the built site comes from: the source, its repo and commit, and the upstream path. */
export interface PageOrigin {
  source: string;
  repo: string;
  commit: string | null;
  /** Upstream path in the repo. */
  from: string;
  /** Path of the synced file, relative to the project root (as in the report). */
  to: string;
  route?: string;
}

export interface OriginIndex {
  /** By site path, normalised with `normaliseRoute`. */
  byRoute: Map<string, PageOrigin>;
  /** By absolute path of the synced file. */
  byFile: Map<string, PageOrigin>;
}

/** Indexes every synced file of the report by its site path and by its file; `to` is resolved against `projectDir`. */
export function indexPageOrigins(report: SyncReport, projectDir: string): OriginIndex {
  const byRoute = new Map<string, PageOrigin>();
  const byFile = new Map<string, PageOrigin>();
  for (const source of report.sources) {
    for (const file of source.files) {
      const origin: PageOrigin = { source: source.id, repo: source.repo, commit: source.commit, ...file };
      byFile.set(resolve(projectDir, file.to), origin);
      if (file.route !== undefined) byRoute.set(normaliseRoute(file.route), origin);
    }
  }
  return { byRoute, byFile };
}

/** `/a/b/` and `/a/b` and `/a/b?x#y` and `/a/%62` are one page: decoded, without query, fragment or trailing slash. */
export function normaliseRoute(route: string): string {
  const path = route.split(/[?#]/)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep a malformed escape as written
  }
  const trimmed = decoded.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
