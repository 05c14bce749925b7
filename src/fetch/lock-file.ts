import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { stripCredentials } from '../diagnostics/redact.js';
import { UserError } from '../diagnostics/user-error.js';
import { isFullCommitId } from './resolve-ref.js';
import type { LockEntry, LockFile } from './types.js';

/** Reads repos.lock; undefined when there is none yet. A damaged lock is a UserError. */
export async function readLock(file: string): Promise<LockFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw invalidLock(file, 'is not valid JSON', cause);
  }
  return validateLock(file, parsed);
}

/** Checks parsed JSON is a version 1 lock (credentials stripped); `file` names it in the UserError otherwise. */
export function validateLock(file: string, value: unknown): LockFile {
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.sources)) {
    throw invalidLock(file, 'is not a version 1 lock file (`{"version": 1, "sources": {...}}`)');
  }
  const sources: Record<string, LockEntry> = {};
  for (const [id, entry] of Object.entries(value.sources)) {
    const valid =
      isRecord(entry) &&
      typeof entry.repo === 'string' &&
      typeof entry.commit === 'string' &&
      isFullCommitId(entry.commit) &&
      (entry.ref === undefined || typeof entry.ref === 'string') &&
      (entry.branch === undefined || typeof entry.branch === 'string');
    if (!valid) throw invalidLock(file, `has an invalid entry for source "${id}"`);
    sources[id] = toLockEntry(entry as unknown as LockEntry);
  }
  return { version: 1, sources };
}

/** Writes the lock atomically (temp file + rename): sorted ids, fixed key order, credential-free, newline at end. */
export async function writeLock(file: string, lock: LockFile): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, serialiseLock(lock));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export function serialiseLock(lock: LockFile): string {
  const ids = Object.keys(lock.sources).sort();
  const sources = Object.fromEntries(ids.map((id) => [id, toLockEntry(lock.sources[id]!)]));
  return `${JSON.stringify({ version: 1, sources }, null, 2)}\n`;
}

function toLockEntry(entry: LockEntry): LockEntry {
  return {
    repo: stripCredentials(entry.repo),
    ...(entry.ref === undefined ? {} : { ref: entry.ref }),
    ...(entry.branch === undefined ? {} : { branch: entry.branch }),
    commit: entry.commit,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidLock(file: string, problem: string, cause?: unknown): UserError {
  return new UserError(
    [
      {
        severity: 'error',
        code: 'lock/invalid',
        message: `lock file ${problem}`,
        file,
        hint: 'restore the lock from version control, or delete it and run the sync to write a fresh one',
      },
    ],
    { cause },
  );
}
