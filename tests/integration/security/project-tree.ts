import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listTree } from '../../helpers/list-tree.js';

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
