import type { SnapshotPaths } from '../link-index/snapshot-paths.js';
import type { LinkIndex } from '../link-index/types.js';

/**
 * What a transformed doc depends on, as lookup keys: every index entry and snapshot path its links asked for.
 * When an edit changes what one of these keys answers, the doc is transformed again; otherwise its output stands.
 */
export type LookupKeys = Set<string>;

/** The keys of the questions a doc's transform can ask; the same function names a changed answer. */
export const lookupKey = {
  upstream: (repoKey: string, path: string) => `u:${repoKey}\u0000${path}`,
  sitePath: (sitePath: string) => `s:${sitePath}`,
  route: (route: string) => `r:${route.length > 1 ? route.replace(/\/+$/, '') : route}`,
  path: (sourceId: string, path: string) => `p:${sourceId}\u0000${path}`,
  /** "Did you mean" suggestions depend on every path of the source. */
  suggestion: (sourceId: string) => `g:${sourceId}`,
  /** A walk over every file of the site depends on all of it. */
  everything: '*',
};

/** The index as the transform sees it, noting each lookup in `keys`. */
export function recordIndexLookups(index: LinkIndex, keys: LookupKeys): LinkIndex {
  return {
    find(repoKey, upstreamPath) {
      keys.add(lookupKey.upstream(repoKey, upstreamPath));
      return index.find(repoKey, upstreamPath);
    },
    findAll(repoKey, upstreamPath) {
      keys.add(lookupKey.upstream(repoKey, upstreamPath));
      return index.findAll?.(repoKey, upstreamPath) ?? [index.find(repoKey, upstreamPath)].filter((f) => f !== undefined);
    },
    findByRoute(route) {
      keys.add(lookupKey.route(route));
      return index.findByRoute(route);
    },
    findBySitePath(sitePath) {
      keys.add(lookupKey.sitePath(sitePath));
      return index.findBySitePath(sitePath);
    },
    files() {
      keys.add(lookupKey.everything);
      return index.files();
    },
  };
}

/** A source's snapshot paths, noting each lookup in `keys`. */
export function recordPathLookups(paths: SnapshotPaths | undefined, sourceId: string, keys: LookupKeys): SnapshotPaths | undefined {
  if (!paths) return undefined;
  return {
    kindOf(path) {
      keys.add(lookupKey.path(sourceId, path));
      return paths.kindOf(path);
    },
    suggestFile(path) {
      keys.add(lookupKey.suggestion(sourceId));
      return paths.suggestFile(path);
    },
  };
}
