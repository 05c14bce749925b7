import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { serialiseLock } from '../fetch/index.js';
import type { LockFile } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import { buildCategoryFiles, commitWrite, isFileIntact, planWrite, readWrittenTree, type OutputFile, type WritePlan } from '../write/index.js';
import type { FetchStageOutput } from './fetch-stage.js';
import type { SyncOptions } from './types.js';

export interface WriteStageOutput {
  plan: WritePlan;
  /** The lock written with the tree. */
  lock: LockFile;
  diagnostics: Diagnostic[];
}

/**
 * Plans the tree and the lock: sources that failed keep their last good files and lock entries. A file whose
 * content is as last written is left alone, unless the copy on disk was deleted or changed since.
 */
export async function planWriteStage(
  specs: readonly SourceSpec[],
  outputs: readonly OutputFile[],
  brokenSources: ReadonlySet<string>,
  fetched: FetchStageOutput,
  options: SyncOptions,
  /** Sources with a page that failed to transform: kept at their last good content when they have one. */
  partlyBroken: ReadonlySet<string> = new Set(),
): Promise<WriteStageOutput> {
  const written = await readWrittenTree(options.contentDir);
  const previous = written?.state;
  const hadContent = new Set(Object.values(previous?.files ?? {}).map((f) => f.source));
  const broken = new Set([...brokenSources, ...[...partlyBroken].filter((id) => hadContent.has(id))]);
  const published = outputs.filter((o) => !broken.has(o.source));
  // a source that never synced is simply absent: no empty sidebar category for it
  const kept = Object.values(previous?.files ?? {}).filter((f) => broken.has(f.source)).map((f) => f.source);
  const present = new Set([...published.map((o) => o.source), ...kept]);
  const categories = buildCategoryFiles(specs.filter((spec) => present.has(spec.id)));
  const taken = new Set(published.map((o) => o.to));
  const all = [...published, ...categories.files.filter((f) => !taken.has(f.to))];
  const intact = (to: string) => written !== undefined && isFileIntact(options.contentDir, written.state, written.stateWrittenMs, to);
  const plan = planWrite(previous, all, broken, intact);
  return { plan, lock: lockForTree(fetched, broken), diagnostics: categories.diagnostics };
}

/** Writes the planned tree and lock together; `run` (what lets the next run skip, see RunRecord) goes with them. */
export async function commitWriteStage(planned: WriteStageOutput, options: SyncOptions, run?: unknown): Promise<void> {
  const plan = run === undefined ? planned.plan : { ...planned.plan, state: { ...planned.plan.state, run } };
  await commitWrite(options.contentDir, plan, [{ path: options.lockFile, content: serialiseLock(planned.lock) }]);
}

/** The lock matching the tree: a broken source keeps the entry of the commit its last good files came from. */
function lockForTree(fetched: FetchStageOutput, broken: ReadonlySet<string>): LockFile {
  const sources = { ...fetched.lock.sources };
  for (const id of broken) {
    if (!(id in sources)) continue;
    const before = fetched.previousLock?.sources[id];
    if (before) sources[id] = before;
    else delete sources[id];
  }
  return { version: 1, sources };
}
