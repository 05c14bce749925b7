import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WritePlan, WriteState } from './types.js';

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
export async function commitWrite(contentDir: string, plan: WritePlan, extras: readonly ExtraFile[] = []): Promise<void> {
  await recoverInterruptedWrite(contentDir);
  const staging = join(contentDir, STAGING);
  await mkdir(staging, { recursive: true });
  const moves: Journal['moves'] = [];
  let n = 0;
  for (const file of plan.writes) {
    const staged = join(staging, String(n++));
    await writeFile(staged, file.content);
    moves.push({ from: staged, to: join(contentDir, file.to) });
  }
  const stagedState = join(staging, STATE);
  await writeFile(stagedState, `${JSON.stringify(plan.state, null, 1)}\n`);
  moves.push({ from: stagedState, to: join(contentDir, STATE) });
  for (const extra of extras) {
    const staged = join(staging, String(n++));
    await writeFile(staged, extra.content);
    moves.push({ from: staged, to: extra.path });
  }
  const journal: Journal = { moves, deletes: plan.deletes.map((to) => join(contentDir, to)) };
  const journalTmp = join(staging, JOURNAL);
  await writeFile(journalTmp, JSON.stringify(journal));
  await rename(journalTmp, join(contentDir, JOURNAL)); // the commit point
  await applyJournal(contentDir, journal);
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
  try {
    const state = JSON.parse(await readFile(join(contentDir, STATE), 'utf8')) as WriteState;
    return state.version === 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

async function applyJournal(contentDir: string, journal: Journal): Promise<void> {
  for (const move of journal.moves) {
    if (!existsSync(move.from)) continue; // already moved by an earlier, interrupted attempt
    await mkdir(dirname(move.to), { recursive: true });
    await rename(move.from, move.to);
  }
  for (const path of journal.deletes) {
    await unlink(path).catch(ignoreMissing);
    await removeEmptyParents(contentDir, dirname(path));
  }
  await unlink(join(contentDir, JOURNAL)).catch(ignoreMissing);
  await rm(join(contentDir, STAGING), { recursive: true, force: true });
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
