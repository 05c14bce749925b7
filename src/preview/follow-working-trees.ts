import type { SyncedTree } from '../pipeline/types.js';
import type { ChangeSet } from './batch-changes.js';
import { createPreviewSession, listLocalSources, type PreviewSessionOptions, type PreviewUpdate } from './preview-session.js';
import { createSyncWorkers } from '../workers/sync-workers.js';
import { watchSources, type SourceWatcher } from './watch-sources.js';

export interface FollowListeners {
  /** After each batch of edits has been written. */
  onUpdate(changes: ChangeSet, update: PreviewUpdate, elapsedMs: number): void;
  onError(error: unknown): void;
}

/**
 * Watches the tree's working-tree sources and applies every batch of edits to the written tree. Resolves once
 * the folders are watched and the tree's links are learnt (edits made meanwhile are applied then);
 * undefined when no source comes from a working tree.
 */
export async function followWorkingTrees(tree: SyncedTree, options: Omit<PreviewSessionOptions, 'workers'>, listeners: FollowListeners): Promise<SourceWatcher | undefined> {
  const sources = listLocalSources(tree, options.projectDir);
  if (sources.length === 0) return undefined;
  const workers = createSyncWorkers();
  const session = createPreviewSession(tree, { ...options, workers });
  const apply = async (changes: ChangeSet) => {
    const ready = await session;
    const started = performance.now();
    const update = await ready.update(changes);
    listeners.onUpdate(changes, update, performance.now() - started);
  };
  const watching = watchSources(sources, apply, listeners.onError);
  const watcher: SourceWatcher = { ...watching, close: async () => { await watching.close(); await workers.close(); } };
  try {
    await Promise.all([watcher.ready, session]);
  } catch (error) {
    await watcher.close();
    throw error;
  }
  return watcher;
}
