import { createHash } from 'node:crypto';
import type { FileChange, OutputFile, WritePlan, WriteState } from './types.js';

export function hashContent(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Decides what to write, keep and delete. Files of sources in `keepSources` (failed this run, kept from the
 * last good run) stay untouched; every other file the previous run wrote and this run does not is deleted.
 * A file with the same content as last time is rewritten only when `intactOnDisk` says the copy on disk is not
 * what was written (deleted, or changed by hand).
 */
export function planWrite(
  previous: WriteState | undefined,
  outputs: readonly OutputFile[],
  keepSources: ReadonlySet<string>,
  intactOnDisk: (to: string) => boolean,
): WritePlan {
  const state: WriteState = { version: 1, files: {} };
  const writes: OutputFile[] = [];
  const unchanged: string[] = [];
  const changes: FileChange[] = [];
  for (const output of outputs) {
    const hash = hashContent(output.content);
    state.files[output.to] = { source: output.source, hash };
    const before = previous?.files[output.to];
    if (before?.hash !== hash) changes.push({ to: output.to, source: output.source, change: before ? 'changed' : 'added' });
    if (before?.hash === hash && intactOnDisk(output.to)) unchanged.push(output.to);
    else writes.push(output);
  }
  const deletes: string[] = [];
  const kept = new Set<string>();
  for (const [to, before] of Object.entries(previous?.files ?? {})) {
    if (to in state.files) continue;
    if (keepSources.has(before.source)) {
      state.files[to] = before;
      kept.add(before.source);
    } else {
      deletes.push(to);
      changes.push({ to, source: before.source, change: 'removed' });
    }
  }
  changes.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return { writes, deletes, unchanged, state, changes, kept: [...kept].sort() };
}
