import { posix } from 'node:path';

/**
 * The first of `names` found in `base` or a folder above it, up to the repository root (nearest first), as a
 * snapshot path. That is where toolchains keep their config relative to the docs they build.
 */
export function findConfigUpwards(paths: ReadonlySet<string>, base: string, names: readonly string[]): string | undefined {
  for (let dir = base; ; dir = posix.dirname(dir)) {
    const folder = dir === '.' ? '' : dir;
    for (const name of names) {
      const candidate = folder === '' ? name : `${folder}/${name}`;
      if (paths.has(candidate)) return candidate;
    }
    if (folder === '') return undefined;
  }
}
