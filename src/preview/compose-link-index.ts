import type { IndexedFile, LinkIndex } from '../link-index/types.js';

/**
 * One index over per-source indexes, answering exactly as `buildLinkIndex` over all their entries in this
 * order would (the first source wins a site path, a route or an upstream path), so one source's index can be
 * rebuilt alone when its files change.
 */
export function composeLinkIndex(indexes: readonly LinkIndex[]): LinkIndex {
  const first = <T>(lookup: (index: LinkIndex) => T | undefined): T | undefined => {
    for (const index of indexes) {
      const found = lookup(index);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const findAll = (repoKey: string, upstreamPath: string): readonly IndexedFile[] =>
    indexes.flatMap((index) => index.findAll?.(repoKey, upstreamPath) ?? [index.find(repoKey, upstreamPath)].filter((f) => f !== undefined));
  return {
    find: (repoKey, upstreamPath) => first((index) => index.find(repoKey, upstreamPath)),
    findAll,
    findByRoute: (route) => first((index) => index.findByRoute(route)),
    findBySitePath: (sitePath) => first((index) => index.findBySitePath(sitePath)),
    files: () => listFirstPerSitePath(indexes),
  };
}

function* listFirstPerSitePath(indexes: readonly LinkIndex[]): Iterable<IndexedFile> {
  const seen = new Set<string>();
  for (const index of indexes) {
    for (const file of index.files()) {
      if (seen.has(file.to)) continue;
      seen.add(file.to);
      yield file;
    }
  }
}
