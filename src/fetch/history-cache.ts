import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileHistory } from './types.js';

type HistoryRecord = Record<string, FileHistory>;

/**
 * The last change of a path as seen from a commit never changes, so it is kept per commit in the cache entry.
 * A no-op sync then reads one small JSON file instead of walking the whole history again.
 */
export async function readHistoryCached(
  entryDir: string,
  commit: string,
  paths: readonly string[],
  walkHistory: (paths: readonly string[]) => Promise<Map<string, FileHistory>>,
): Promise<Map<string, FileHistory>> {
  const file = join(entryDir, 'scs-history', `${commit}.json`);
  const known = await readRecord(file);
  const unknown = paths.filter((path) => !(path in known));
  if (unknown.length > 0) {
    const walked = await walkHistory(unknown);
    for (const path of unknown) {
      const history = walked.get(path);
      if (history) known[path] = history;
    }
    await writeRecord(file, known);
  }
  return new Map(paths.flatMap((path) => (known[path] ? [[path, known[path]] as const] : [])));
}

async function readRecord(file: string): Promise<HistoryRecord> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as HistoryRecord;
  } catch {
    return {}; // absent or damaged: walk the history again
  }
}

async function writeRecord(file: string, record: HistoryRecord): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  // sources sharing a repo and commit write the same file at once: each writes its own temp file
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(record));
  await rename(temp, file);
}
