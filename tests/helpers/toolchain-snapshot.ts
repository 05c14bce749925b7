import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceSnapshot } from '../../src/toolchains/types.js';

/** A source snapshot over files given by path (for toolchain tests); `reads` records what was read. */
export function memorySnapshot(files: Readonly<Record<string, string>>): SourceSnapshot & { reads: string[] } {
  const reads: string[] = [];
  return {
    paths: new Set(Object.keys(files)),
    reads,
    async read(paths) {
      reads.push(...paths);
      return new Map(paths.filter((path) => path in files).map((path) => [path, Buffer.from(files[path]!)]));
    },
  };
}

/** Every file under a folder, by its path relative to the folder (POSIX separators). */
export function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}
