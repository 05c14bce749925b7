import { createHash, randomUUID } from 'node:crypto';
import type { LinkSource } from './link-types.js';
import { parseLookupKey, type Lookup } from './record-lookups.js';
import type { IndexedFile, LinkIndex } from './types.js';

/** What a doc's lookups are answered from: the site's link index and every source's snapshot. */
export interface LookupSite {
  index: LinkIndex;
  /** Per source id: its link facts (repo, commit, branch, folder) and its snapshot paths (`paths`). */
  sources: ReadonlyMap<string, LinkSource>;
  /** Per source id: every file path of its snapshot, where "did you mean" suggestions come from. */
  snapshotPaths: ReadonlyMap<string, readonly string[]>;
}

/**
 * A digest of what lookup keys answer now. A doc whose recorded lookups give the digest they gave when it was
 * transformed would be transformed to the same output (its text and source being the same).
 */
export type AnswerDigest = (keys: Iterable<string>) => string;

/** A key no code answers (e.g. stored by older code) must never match: its answer differs from process to process. */
const UNANSWERABLE = `unanswerable ${randomUUID()}`;

/** Digests answers against one state of the site; each key is answered once, however many docs asked it. */
export function createAnswerDigest(site: LookupSite): AnswerDigest {
  const answers = new Map<string, string>();
  const answer = (key: string): string => {
    let known = answers.get(key);
    if (known === undefined) answers.set(key, (known = answerLookup(site, parseLookupKey(key))));
    return known;
  };
  return (keys) => {
    const hash = createHash('sha256');
    for (const key of keys) hash.update(key).update('\0').update(answer(key)).update('\0');
    return hash.digest('base64url');
  };
}

/** Everything the transform of a doc could take from the answer to one lookup. */
function answerLookup({ index, sources, snapshotPaths }: LookupSite, lookup: Lookup | undefined): string {
  // The commit a file is synced at is left out: links that name a commit ask for it apart ('commit').
  const describe = (file: IndexedFile | undefined) => describeIndexedFile(file, file && sources.get(file.source)?.commit);
  switch (lookup?.kind) {
    case 'upstream':
      return JSON.stringify(filesAt(index, lookup.repoKey, lookup.path).map(describe));
    case 'commit': {
      // The refs the named commit could be (in full or abbreviated): if they are the same, so is the link.
      const ref = lookup.ref.toLowerCase();
      return JSON.stringify(filesAt(index, lookup.repoKey, lookup.path).map((file) => (file.refs ?? []).filter((known) => known.toLowerCase().startsWith(ref))));
    }
    case 'sitePath':
      return describe(index.findBySitePath(lookup.sitePath));
    case 'route':
      return describe(index.findByRoute(lookup.route));
    case 'path': {
      // Links to a path that is not imported point upstream, at that source's commit: its link facts count too.
      const source = sources.get(lookup.sourceId);
      return JSON.stringify([source?.paths?.kindOf(lookup.path) ?? null, describeLinkFacts(source)]);
    }
    case 'suggestion':
      return digestPaths(snapshotPaths.get(lookup.sourceId));
    case 'everything':
      return JSON.stringify([...index.files()].map(describe));
    default:
      return UNANSWERABLE;
  }
}

function filesAt(index: LinkIndex, repoKey: string, path: string): IndexedFile[] {
  return [...(index.findAll?.(repoKey, path) ?? [index.find(repoKey, path)].filter((file) => file !== undefined))];
}

/**
 * Everything a link to the file can observe: whether it is there, where, its kind and route, the route it lost
 * and to whom, its anchors (in document order: suggestions take the first of equally near ones) and its refs
 * (but `commit`, when given).
 */
export function describeIndexedFile(file: IndexedFile | undefined, commit?: string): string {
  if (!file) return 'null';
  const collision = file.routeCollision ? [file.routeCollision.lostRoute, file.routeCollision.owner.source, file.routeCollision.owner.from, file.routeCollision.owner.to] : null;
  const placed = file.placeCollision ? [file.placeCollision.lostRoute, file.placeCollision.owner.to, file.placeCollision.slug, file.placeCollision.id] : null;
  const titleAnchors = [...(file.titleAnchors ?? [])];
  const refs = file.refs?.filter((ref) => ref !== commit) ?? null;
  return JSON.stringify([file.source, file.repoKey, file.from, file.to, file.kind, file.route ?? null, collision, placed, [...file.anchors], titleAnchors, refs, file.translation ?? null]);
}

/** What upstream URLs to a source's files are made of. */
function describeLinkFacts(source: LinkSource | undefined): unknown {
  if (!source) return null;
  const { paths: _paths, ...facts } = source;
  return facts;
}

function digestPaths(paths: readonly string[] | undefined): string {
  if (!paths) return 'null';
  const hash = createHash('sha256');
  for (const path of paths) hash.update(path).update('\0');
  return hash.digest('base64url');
}
