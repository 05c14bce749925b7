import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root` (recursively, symlinks as files), relative and sorted; [] when `root` is absent. */
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
