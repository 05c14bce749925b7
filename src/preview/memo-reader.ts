import type { FileHistory, SnapshotReader } from '../fetch/types.js';

/** What earlier reads of a working tree found, so a re-read touches only what changed. */
export interface ReaderMemo {
  contents: Map<string, Buffer>;
  history: Map<string, FileHistory>;
}

export function createReaderMemo(history: Iterable<[string, FileHistory]> = []): ReaderMemo {
  return { contents: new Map(), history: new Map(history) };
}

/** Forgets what is known about `paths` and everything below them (a folder may have been renamed). */
export function forgetPaths(memo: ReaderMemo, paths: Iterable<string>): void {
  for (const path of paths) {
    for (const map of [memo.contents, memo.history]) {
      map.delete(path);
      const prefix = `${path}/`;
      for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
    }
  }
}

/**
 * A working-tree reader that lists afresh but reads each file's content once and asks git again only about
 * files that are not committed (a commit since the last read changes their "last updated").
 */
export function createMemoReader(reader: SnapshotReader, memo: ReaderMemo): SnapshotReader {
  return {
    listFiles: () => reader.listFiles(),
    async readFiles(paths) {
      const missing = paths.filter((path) => !memo.contents.has(path));
      const read = missing.length > 0 ? await reader.readFiles(missing) : new Map<string, Buffer>();
      for (const [path, content] of read) memo.contents.set(path, content);
      const result = new Map<string, Buffer>();
      for (const path of paths) {
        const content = memo.contents.get(path);
        if (content) result.set(path, content);
      }
      return result;
    },
    async history(paths) {
      const ask = paths.filter((path) => memo.history.get(path)?.kind !== 'commit');
      const answers = ask.length > 0 ? await reader.history(ask) : new Map<string, FileHistory>();
      for (const [path, history] of answers) memo.history.set(path, history);
      return new Map(paths.flatMap((path) => (memo.history.has(path) ? [[path, memo.history.get(path)!] as const] : [])));
    },
  };
}
