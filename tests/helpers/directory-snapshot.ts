import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceSnapshot } from '../../src/toolchains/types.js';

/** A toolchain's view of a working tree (or a fixture folder): every file, read on demand; `.git` left out. */
export function directorySnapshot(root: string): SourceSnapshot {
  const paths = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === '.git') continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else paths.add(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return {
    paths,
    read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, readFileSync(join(root, path))])),
  };
}

/** The selected docs of a snapshot (markdown files under `base`), with their text, as the collect stage gives them. */
export async function selectedDocs(snapshot: SourceSnapshot, include: (path: string) => boolean): Promise<Map<string, string>> {
  const docs = [...snapshot.paths].filter((path) => /\.(md|mdx|markdown)$/i.test(path) && include(path)).sort();
  const contents = await snapshot.read(docs);
  return new Map(docs.map((path) => [path, contents.get(path)!.toString('utf8')]));
}

/** A snapshot of the given files (path → text). */
export function memorySnapshot(files: Record<string, string>): SourceSnapshot {
  const paths = new Set(Object.keys(files));
  return { paths, read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, Buffer.from(files[path]!)])) };
}

/** The markdown files of an in-memory snapshot, as the selected docs. */
export function memoryDocs(files: Record<string, string>, include: (path: string) => boolean = () => true): Map<string, string> {
  return new Map(Object.entries(files).filter(([path]) => /\.(md|mdx|markdown)$/i.test(path) && include(path)));
}
