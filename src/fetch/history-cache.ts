import { join } from 'node:path';
import { readEntryRecord, writeEntryRecord } from './entry-record-file.js';
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
  const known = (await readEntryRecord<HistoryRecord>(file)) ?? {}; // absent or damaged: walk the history again
  const unknown = paths.filter((path) => !(path in known));
  if (unknown.length > 0) {
    const walked = await walkHistory(unknown);
    for (const path of unknown) {
      const history = walked.get(path);
      if (history) known[path] = history;
    }
    await writeEntryRecord(file, known);
  }
  return new Map(paths.flatMap((path) => (known[path] ? [[path, known[path]] as const] : [])));
}
