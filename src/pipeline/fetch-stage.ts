import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fetchSources, readLock } from '../fetch/index.js';
import type { FetchedSource, LockFile } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import type { SyncObserver, SyncOptions } from './types.js';

export interface FetchStageOutput {
  sources: FetchedSource[];
  /** The lock to commit with the tree. */
  lock: LockFile;
  /** repos.lock as it was before this run: a source whose content turns out broken keeps its entry. */
  previousLock: LockFile | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Fetches every source. With `--only`, the other sources are not fetched: they are rebuilt from the cache
 * at their locked commits, so the site stays whole. Sources with a `--ref` are fetched at that ref.
 */
export async function fetchStage(specs: SourceSpec[], options: SyncOptions, observer: SyncObserver): Promise<FetchStageOutput> {
  const previousLock = await readLock(options.lockFile);
  const common = {
    cacheDir: options.cacheDir,
    projectDir: options.projectDir,
    lock: previousLock,
    concurrency: options.concurrency,
    onProgress: (event: Parameters<SyncObserver['progress']>[0]) => observer.progress(event),
  };
  const only = options.only ? new Set(options.only) : undefined;
  const previews = new Set(Object.keys(options.refs ?? {}));
  const selected = specs.filter((s) => !previews.has(s.id) && (!only || only.has(s.id)));
  const others = only ? specs.filter((s) => !only.has(s.id) && !previews.has(s.id)) : [];
  const preview = specs.filter((s) => previews.has(s.id));
  const main = await fetchSources(selected, { ...common, frozen: options.frozen, offline: options.offline });
  const rest = others.length > 0 ? await fetchSources(others, { ...common, frozen: true, offline: true }) : undefined;
  // `--ref`: that ref, fetched even under --frozen; its lock entry stays as it was (the lock describes what is deployed)
  const previewed = preview.length > 0 ? await fetchSources(preview, { ...common, frozen: false, offline: options.offline }) : undefined;
  const byId = new Map([...main.sources, ...(rest?.sources ?? []), ...(previewed?.sources ?? [])].map((s) => [s.spec.id, s]));
  const sources = specs.map((spec) => byId.get(spec.id)!);
  const lock: LockFile = {
    version: 1,
    sources: { ...previousLock?.sources, ...rest?.lock.sources, ...main.lock.sources },
  };
  for (const id of Object.keys(lock.sources)) if (!specs.some((s) => s.id === id)) delete lock.sources[id];
  const diagnostics = sources.flatMap((s) => (s.error ? [s.error] : []));
  return { sources, lock, previousLock, diagnostics };
}
