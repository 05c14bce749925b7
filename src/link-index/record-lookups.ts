import { parseWebFileUrl } from '../manifest/repo-url.js';
import type { LinkContext, LinkRequest, LinkResolution, LinkSource } from './link-types.js';
import type { SnapshotPaths } from './snapshot-paths.js';
import type { LinkIndex } from './types.js';

/**
 * What a transformed doc depends on outside its own text and source, as lookup keys: every index entry and
 * snapshot path its links asked for. When one of these keys answers differently (see answer-lookups), the doc
 * is transformed again; otherwise its output stands. The sync's cache and the preview both rely on this.
 */
export type LookupKeys = Set<string>;

/** The keys of the questions a doc's transform can ask; the same function names a changed answer. */
export const lookupKey = {
  upstream: (repoKey: string, path: string) => `u:${repoKey}\u0000${path}`,
  /** Whether an imported file is served at a ref that looks like a commit id (see recordLookups). */
  commit: (repoKey: string, path: string, ref: string) => `c:${repoKey}\u0000${path}\u0000${ref}`,
  sitePath: (sitePath: string) => `s:${sitePath}`,
  route: (route: string) => `r:${route.length > 1 ? route.replace(/\/+$/, '') : route}`,
  path: (sourceId: string, path: string) => `p:${sourceId}\u0000${path}`,
  /** "Did you mean" suggestions depend on every path of the source. */
  suggestion: (sourceId: string) => `g:${sourceId}`,
  /** A walk over every file of the site depends on all of it. */
  everything: '*',
};

/** A lookup key read back: which question it asked. */
export type Lookup =
  | { kind: 'upstream'; repoKey: string; path: string }
  | { kind: 'commit'; repoKey: string; path: string; ref: string }
  | { kind: 'sitePath'; sitePath: string }
  | { kind: 'route'; route: string }
  | { kind: 'path'; sourceId: string; path: string }
  | { kind: 'suggestion'; sourceId: string }
  | { kind: 'everything' };

/** The question behind a key made by `lookupKey`; undefined for a key it does not make (e.g. from older code). */
export function parseLookupKey(key: string): Lookup | undefined {
  if (key === lookupKey.everything) return { kind: 'everything' };
  const rest = key.slice(2);
  const [first = '', second, third, ...more] = rest.split('\u0000');
  switch (key.slice(0, 2)) {
    case 'u:':
      return second === undefined || third !== undefined ? undefined : { kind: 'upstream', repoKey: first, path: second };
    case 'c:':
      return third === undefined || more.length > 0 ? undefined : { kind: 'commit', repoKey: first, path: second!, ref: third };
    case 's:':
      return { kind: 'sitePath', sitePath: rest };
    case 'r:':
      return { kind: 'route', route: rest };
    case 'p:':
      return second === undefined || third !== undefined ? undefined : { kind: 'path', sourceId: first, path: second };
    case 'g:':
      return { kind: 'suggestion', sourceId: rest };
    default:
      return undefined;
  }
}

type Resolve = (context: LinkContext, request: LinkRequest) => LinkResolution;

/** What a doc's transform looks things up with. */
export interface LinkLookups {
  index: LinkIndex;
  paths: SnapshotPaths | undefined;
  resolve: Resolve;
}

/**
 * The index, the source's snapshot paths and the link rules as the transform sees them, noting each lookup in
 * `keys`. The commit a file is synced at matters only to links that name a commit (a GitHub URL at a sha
 * points at the site's page only while the sha is what the site shows), so only those ask for it: a link at a
 * branch keeps its page when the target's repo merely moves on.
 */
export function recordLookups(keys: LookupKeys, index: LinkIndex, source: Pick<LinkSource, 'id' | 'paths'>, resolve: Resolve): LinkLookups {
  let namedCommit: string | undefined;
  return {
    index: recordIndexLookups(index, keys, () => namedCommit),
    paths: recordPathLookups(source.paths, source.id, keys),
    resolve(context, request) {
      namedCommit = commitNamedBy(request.url);
      try {
        return resolve(context, request);
      } finally {
        namedCommit = undefined;
      }
    },
  };
}

/** The ref of a repository web/raw URL when it may be a commit id (7 to 40 hex digits). */
function commitNamedBy(url: string): string | undefined {
  try {
    const ref = parseWebFileUrl(url.trim())?.ref;
    return ref !== undefined && /^[0-9a-f]{7,40}$/i.test(ref) ? ref : undefined;
  } catch {
    return undefined; // the link rules cannot read it either (the transform fails)
  }
}

function recordIndexLookups(index: LinkIndex, keys: LookupKeys, namedCommit: () => string | undefined): LinkIndex {
  const noteUpstream = (repoKey: string, path: string) => {
    keys.add(lookupKey.upstream(repoKey, path));
    const commit = namedCommit();
    if (commit !== undefined) keys.add(lookupKey.commit(repoKey, path, commit));
  };
  return {
    find(repoKey, upstreamPath) {
      noteUpstream(repoKey, upstreamPath);
      return index.find(repoKey, upstreamPath);
    },
    findAll(repoKey, upstreamPath) {
      noteUpstream(repoKey, upstreamPath);
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

function recordPathLookups(paths: SnapshotPaths | undefined, sourceId: string, keys: LookupKeys): SnapshotPaths | undefined {
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
