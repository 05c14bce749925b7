import { posix } from 'node:path';
import { describeIndexedFile } from '../link-index/answer-lookups.js';
import { lookupKey } from '../link-index/record-lookups.js';
import type { IndexedFile, LinkIndex } from '../link-index/types.js';

/** Every file path of one source's snapshot, before and after a change. */
export interface PathChange {
  id: string;
  before: readonly string[];
  after: readonly string[];
}

/**
 * The lookup keys whose answers differ between two link indexes of the site: files added, removed or moved, a doc
 * whose anchors, title or route changed (also through a route collision), and paths that appeared or vanished.
 */
export function findChangedKeys(before: LinkIndex, after: LinkIndex, paths: readonly PathChange[]): Set<string> {
  const keys = new Set<string>();
  const old = bySitePath(before);
  const now = bySitePath(after);
  for (const to of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(to);
    const b = now.get(to);
    if (a && b && describeIndexedFile(a) === describeIndexedFile(b)) continue;
    keys.add(lookupKey.sitePath(to));
    for (const file of [a, b]) {
      if (!file) continue;
      keys.add(lookupKey.upstream(file.repoKey, file.from));
      if (file.route !== undefined) keys.add(lookupKey.route(file.route));
    }
  }
  for (const change of paths) addChangedPaths(keys, change.id, change.before, change.after);
  if (keys.size > 0) keys.add(lookupKey.everything);
  return keys;
}

function bySitePath(index: LinkIndex): Map<string, IndexedFile> {
  return new Map([...index.files()].map((file) => [file.to, file]));
}

function addChangedPaths(keys: Set<string>, sourceId: string, before: readonly string[], after: readonly string[]): void {
  const old = new Set(before);
  const now = new Set(after);
  const changed = [...before.filter((p) => !now.has(p)), ...after.filter((p) => !old.has(p))];
  if (changed.length === 0) return;
  keys.add(lookupKey.suggestion(sourceId));
  for (const path of changed) {
    keys.add(lookupKey.path(sourceId, path));
    for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir)) keys.add(lookupKey.path(sourceId, dir));
    keys.add(lookupKey.path(sourceId, ''));
  }
}
