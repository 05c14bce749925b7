import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WritePlan, WriteState } from './types.js';
import { statFiles } from './tree-stats.js';
import { stagingFailed } from './write-failure.js';

/** How files are written (node's `writeFile` unless the caller passes another, e.g. to observe or limit writes). */
export type WriteFileFunction = (path: string, content: string | Buffer) => Promise<void>;

/** Extra files committed together with the tree (e.g. repos.lock), as absolute paths. */
export interface ExtraFile {
  path: string;
  content: string;
}

interface Journal {
  moves: { from: string; to: string }[];
  deletes: string[];
}

const STAGING = '.staging';
const JOURNAL = '.sync-journal.json';
const STATE = '.sync-state.json';

/**
 * Writes the plan so that a kill at any moment leaves either the previous tree or, after the next run's
 * recovery, the new one: everything is first written to a staging folder, then a journal of renames is
 * written atomically, then applied. Renames are quick and idempotent, so recovery simply re-applies them.
 */
export async function commitWrite(
  contentDir: string,
  plan: WritePlan,
  extras: readonly ExtraFile[] = [],
  write: WriteFileFunction = writeFile,
): Promise<void> {
  await recoverInterruptedWrite(contentDir);
  const staging = join(contentDir, STAGING);
  let journal: Journal;
  try {
    journal = await stageWrite(contentDir, staging, plan, extras, write);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw stagingFailed(contentDir, error);
  }
  await rename(join(staging, JOURNAL), join(contentDir, JOURNAL)); // the commit point
  await applyJournal(contentDir, journal);
}

/** Writes every file and the journal into the staging folder; nothing outside it is touched. */
async function stageWrite(contentDir: string, staging: string, plan: WritePlan, extras: readonly ExtraFile[], write: WriteFileFunction): Promise<Journal> {
  await mkdir(staging, { recursive: true });
  const moves: Journal['moves'] = [];
  const stagedAt = new Map<string, string>();
  let n = 0;
  for (const file of plan.writes) {
    const staged = join(staging, String(n++));
    await write(staged, file.content);
    moves.push({ from: staged, to: join(contentDir, file.to) });
    stagedAt.set(file.to, staged);
  }
  // renames keep size, inode and modification time: stats taken now hold for the committed tree. Only files known
  // to hold their recorded content get them (written now, or found intact); others are checked by content later.
  const stats = statFiles([...stagedAt.keys(), ...plan.unchanged], (to) => stagedAt.get(to) ?? join(contentDir, to));
  const stagedState = join(staging, STATE);
  await write(stagedState, `${JSON.stringify({ ...plan.state, stats }, null, 1)}\n`);
  moves.push({ from: stagedState, to: join(contentDir, STATE) });
  for (const extra of extras) {
    const staged = join(staging, String(n++));
    await write(staged, extra.content);
    moves.push({ from: staged, to: extra.path });
  }
  const journal: Journal = { moves, deletes: plan.deletes.map((to) => join(contentDir, to)) };
  await write(join(staging, JOURNAL), JSON.stringify(journal));
  return journal;
}

/** Finishes a write that was killed after its commit point, or discards one killed before it. */
export async function recoverInterruptedWrite(contentDir: string): Promise<'none' | 'completed' | 'discarded'> {
  const journalPath = join(contentDir, JOURNAL);
  if (existsSync(journalPath)) {
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
    await applyJournal(contentDir, journal);
    return 'completed';
  }
  if (existsSync(join(contentDir, STAGING))) {
    await rm(join(contentDir, STAGING), { recursive: true, force: true });
    return 'discarded';
  }
  return 'none';
}

export async function readWriteState(contentDir: string): Promise<WriteState | undefined> {
  return (await readWrittenTree(contentDir))?.state;
}

/** The write state and when it was written (files changed since then are checked by content, see isFileIntact). */
export interface WrittenTree {
  state: WriteState;
  stateWrittenMs: number;
}

export async function readWrittenTree(contentDir: string): Promise<WrittenTree | undefined> {
  try {
    const file = join(contentDir, STATE);
    const [text, stats] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const state = JSON.parse(text) as WriteState;
    return state.version === 1 ? { state, stateWrittenMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a write was interrupted (its journal or staging folder is still there): the tree may be half written. */
export function hasInterruptedWrite(contentDir: string): boolean {
  return existsSync(join(contentDir, JOURNAL)) || existsSync(join(contentDir, STAGING));
}

async function applyJournal(contentDir: string, journal: Journal): Promise<void> {
  for (const move of journal.moves) {
    if (!existsSync(move.from)) continue; // already moved by an earlier, interrupted attempt
    await mkdir(dirname(move.to), { recursive: true });
    await moveFile(move.from, move.to);
  }
  for (const path of journal.deletes) {
    await unlink(path).catch(ignoreMissing);
    await removeEmptyParents(contentDir, dirname(path));
  }
  await unlink(join(contentDir, JOURNAL)).catch(ignoreMissing);
  await rm(join(contentDir, STAGING), { recursive: true, force: true });
}

/**
 * Renames `from` to `to`; across file systems (the lock beside the manifest, the tree on another volume) it copies
 * to a temp file beside `to` and renames that, so `to` is still replaced in one step. Safe to repeat.
 */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const temp = `${to}.sync-move`;
    await copyFile(from, temp);
    await rename(temp, to);
    await unlink(from);
  }
}

async function removeEmptyParents(root: string, dir: string): Promise<void> {
  for (let current = dir; current.startsWith(`${root}/`); current = dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return; // not empty (or gone): stop climbing
    }
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
