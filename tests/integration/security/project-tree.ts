import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root` (recursively, symlinks as files), relative and sorted. */
export function listTree(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  return files.sort();
}

/** The top-level names under `root` that are not content/, .cache/ and the sync's own files (report, lock). */
export function listStrayFiles(root: string, expected: readonly string[] = ['content', '.cache', 'repos.yaml', 'repos.lock', 'sync-report.json']): string[] {
  return readdirSync(root).filter((name) => !expected.includes(name)).sort();
}

/** Paths (relative to `root`) of files whose bytes contain `needle`. */
export function findFilesContaining(root: string, needle: string): string[] {
  return listTree(root).filter((path) => readFileSync(join(root, path)).includes(needle));
}

/** Console output of a run without a stack trace line (`    at fn (file:1:2)`). */
export const STACK_LINE = /\n\s+at \S+/;
