import { readFile } from 'node:fs/promises';
import { serialiseLock } from '../fetch/index.js';
import type { LockFile } from '../fetch/types.js';
import { hasInterruptedWrite, isFileIntact, readWrittenTree } from '../write/index.js';
import { readRunRecord, type RunRecord } from './run-record.js';

export interface UnchangedRunCheck {
  /** This run's key (computeRunKey); undefined never matches. */
  key: string | undefined;
  contentDir: string;
  lockFile: string;
  /** The lock this run would write. */
  lock: LockFile;
}

/**
 * The record of the last completed run when this run would rebuild exactly what it left: same key, the lock as
 * this run would write it, and every file of the tree still as written (checked by size, inode and modification
 * time; by content where those cannot tell). Undefined otherwise, and while a write is half done.
 */
export async function findUnchangedRun(check: UnchangedRunCheck): Promise<RunRecord | undefined> {
  if (check.key === undefined || hasInterruptedWrite(check.contentDir)) return undefined;
  const tree = await readWrittenTree(check.contentDir);
  const record = readRunRecord(tree?.state.run);
  if (!tree || record?.key !== check.key) return undefined;
  const lockText = await readFile(check.lockFile, 'utf8').catch(() => undefined);
  if (lockText !== serialiseLock(check.lock)) return undefined;
  const intact = Object.keys(tree.state.files).every((to) => isFileIntact(check.contentDir, tree.state, tree.stateWrittenMs, to));
  return intact ? record : undefined;
}
