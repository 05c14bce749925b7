import { watch } from 'chokidar';
import { relative, sep } from 'node:path';
import { createChangeBatcher, type ChangeSet } from './batch-changes.js';
import type { LocalSource } from './preview-session.js';

/** Folders whose changes never reach the site (the working-tree reader skips them too). */
const IGNORED_FOLDERS = new Set(['.git', 'node_modules']);

/** How long a batch waits for the last event of a save (editors write, rename and touch in quick succession). */
export const SETTLE_MS = 40;

export interface SourceWatcher {
  /** Resolves once the folders are being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the working trees of `sources` and hands their changed paths (relative to each source's folder,
 * POSIX) to `onChanges`, a batch at a time. A path under two sources' folders counts for both.
 */
export function watchSources(sources: readonly LocalSource[], onChanges: (changes: ChangeSet) => Promise<void>, onError: (error: unknown) => void): SourceWatcher {
  const batcher = createChangeBatcher(onChanges, SETTLE_MS, onError);
  const roots = [...new Set(sources.map((s) => s.root))];
  const watcher = watch(roots, {
    ignoreInitial: true,
    ignored: (path) => roots.some((root) => isIgnored(root, path)),
  });
  watcher.on('all', (_event, path) => {
    for (const source of sources) {
      const inside = relativeInside(source.root, path);
      if (inside !== undefined) batcher.add(source.id, inside);
    }
  });
  watcher.on('error', onError);
  const ready = new Promise<void>((resolvePromise) => watcher.once('ready', () => resolvePromise()));
  return {
    ready,
    async close() {
      await watcher.close();
      await batcher.cancel();
    },
  };
}

/** The path relative to `root` in POSIX form, or undefined when it lies outside (or is the root itself). */
function relativeInside(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return undefined;
  return rel.split(sep).join('/');
}

function isIgnored(root: string, path: string): boolean {
  const rel = relativeInside(root, path);
  return rel !== undefined && rel.split('/').some((part) => IGNORED_FOLDERS.has(part));
}
