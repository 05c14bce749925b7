import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { serialiseLock } from '../fetch/index.js';
import type { LockFile } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import { buildCategoryFiles, commitWrite, planWrite, readWriteState, type OutputFile, type WritePlan } from '../write/index.js';
import type { FetchStageOutput } from './fetch-stage.js';
import type { SyncOptions } from './types.js';

export interface WriteStageOutput {
  plan: WritePlan;
  /** The lock written with the tree. */
  lock: LockFile;
  diagnostics: Diagnostic[];
}

/** Writes the tree and the lock together; sources that failed keep their last good files and lock entries. */
export async function writeStage(
  specs: readonly SourceSpec[],
  outputs: readonly OutputFile[],
  brokenSources: ReadonlySet<string>,
  fetched: FetchStageOutput,
  options: SyncOptions,
  /** Sources with a page that failed to transform: kept at their last good content when they have one. */
  partlyBroken: ReadonlySet<string> = new Set(),
): Promise<WriteStageOutput> {
  const previous = await readWriteState(options.contentDir);
  const hadContent = new Set(Object.values(previous?.files ?? {}).map((f) => f.source));
  const broken = new Set([...brokenSources, ...[...partlyBroken].filter((id) => hadContent.has(id))]);
  const published = outputs.filter((o) => !broken.has(o.source));
  // a source that never synced is simply absent: no empty sidebar category for it
  const kept = Object.values(previous?.files ?? {}).filter((f) => broken.has(f.source)).map((f) => f.source);
  const present = new Set([...published.map((o) => o.source), ...kept]);
  const categories = buildCategoryFiles(specs.filter((spec) => present.has(spec.id)));
  const taken = new Set(published.map((o) => o.to));
  const all = [...published, ...categories.files.filter((f) => !taken.has(f.to))];
  const plan = planWrite(previous, all, broken, (to) => existsSync(join(options.contentDir, to)));
  const lock = lockForTree(fetched, broken);
  await commitWrite(options.contentDir, plan, [{ path: options.lockFile, content: serialiseLock(lock) }]);
  return { plan, lock, diagnostics: categories.diagnostics };
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
