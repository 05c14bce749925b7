import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changesDocsMetadata, dependsOnPageText } from './docs-reload.js';
import { commitWrite, hashContent, readWriteState, type FileChange, type OutputFile, type WritePlan, type WriteState } from '../write/index.js';

export interface WrittenFiles {
  /** Site paths written (added or changed), in path order. */
  written: string[];
  removed: string[];
  /** Of those, the paths a docs plugin must load again (see changesDocsMetadata); the bundler rebuilds the rest. */
  docsReload: string[];
}

/**
 * Writes the given files of the tree and removes the given paths, the way the sync writes (staged, journaled,
 * renamed into place), and records them in the tree's write state. A file whose content is already there is
 * not touched, so the dev server sees only real changes.
 */
export async function writeChangedFiles(contentDir: string, files: readonly OutputFile[], removed: readonly string[]): Promise<WrittenFiles> {
  const previous = (await readWriteState(contentDir)) ?? { version: 1, files: {} };
  const plan = planPatch(previous, files, removed, (to) => existsSync(join(contentDir, to)));
  // pages are read before the write replaces them: what a page was decides whether its docs plugin must reload
  const readBefore = (to: string) => (to in previous.files && dependsOnPageText(to) ? readFile(join(contentDir, to)).catch(() => undefined) : undefined);
  const before = await Promise.all(plan.writes.map((file) => readBefore(file.to)));
  if (plan.writes.length > 0 || plan.deletes.length > 0) await commitWrite(contentDir, plan);
  const docsReload = [
    ...plan.writes.filter((file, i) => changesDocsMetadata(file.to, before[i], file.content)).map((file) => file.to),
    ...plan.deletes.filter((to) => changesDocsMetadata(to, undefined, undefined)),
  ];
  return { written: plan.writes.map((f) => f.to).sort(), removed: [...plan.deletes].sort(), docsReload: docsReload.sort() };
}

/** A write plan that changes only the named files and keeps every other entry of the state. Pure. */
export function planPatch(
  previous: WriteState,
  files: readonly OutputFile[],
  removed: readonly string[],
  existsOnDisk: (to: string) => boolean,
): WritePlan {
  const state: WriteState = { version: 1, files: { ...previous.files } };
  const writes: OutputFile[] = [];
  const unchanged: string[] = [];
  const changes: FileChange[] = [];
  for (const file of files) {
    const hash = hashContent(file.content);
    const before = previous.files[file.to];
    state.files[file.to] = { source: file.source, hash };
    if (before?.hash === hash && existsOnDisk(file.to)) {
      unchanged.push(file.to);
      continue;
    }
    writes.push(file);
    changes.push({ to: file.to, source: file.source, change: before ? 'changed' : 'added' });
  }
  const written = new Set(files.map((f) => f.to));
  const deletes = removed.filter((to) => !written.has(to) && to in previous.files);
  for (const to of deletes) {
    const before = previous.files[to];
    delete state.files[to];
    changes.push({ to, source: before!.source, change: 'removed' });
  }
  changes.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return { writes, deletes, unchanged, state, changes, kept: [] };
}
