import type { Snapshot, SourceSnapshot } from './read-snapshot.js';
import type { FileChanges } from './types.js';

/** How one source differs between two reports or locks. */
export interface SourceDiff {
  id: string;
  repo: string;
  change: 'added' | 'removed' | 'updated' | 'unchanged';
  from: string | null;
  to: string | null;
  /** Only when both sides are reports: written paths added, changed (other hash) and removed. */
  files?: FileChanges;
}

/** Compares two snapshots source by source: the new order first, then sources that are gone. */
export function diffSnapshots(before: Snapshot, after: Snapshot): SourceDiff[] {
  const old = new Map(before.sources.map((s) => [s.id, s]));
  const diffs = after.sources.map((source) => diffSource(old.get(source.id), source));
  const current = new Set(after.sources.map((s) => s.id));
  for (const source of before.sources) {
    if (!current.has(source.id)) diffs.push({ id: source.id, repo: source.repo, change: 'removed', from: source.commit, to: null });
  }
  return diffs;
}

function diffSource(before: SourceSnapshot | undefined, after: SourceSnapshot): SourceDiff {
  const files = before?.files && after.files ? diffFiles(before.files, after.files) : undefined;
  const base = { id: after.id, repo: after.repo, ...(files && { files }) };
  if (!before) return { ...base, change: 'added', from: null, to: after.commit };
  const moved = before.commit !== after.commit || before.repo !== after.repo;
  const touched = files !== undefined && files.added.length + files.changed.length + files.removed.length > 0;
  return { ...base, change: moved || touched ? 'updated' : 'unchanged', from: before.commit, to: after.commit };
}

function diffFiles(before: ReadonlyMap<string, string | undefined>, after: ReadonlyMap<string, string | undefined>): FileChanges {
  const changes: FileChanges = { added: [], changed: [], removed: [] };
  for (const [path, hash] of after) {
    if (!before.has(path)) changes.added.push(path);
    else if (hash !== undefined && before.get(path) !== undefined && before.get(path) !== hash) changes.changed.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.removed.push(path);
  for (const list of Object.values(changes)) list.sort();
  return changes;
}
