/** Source snapshots for toolchain tests: of files in memory, of a folder, of a sample repository's bundle. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceSnapshot } from '../../src/toolchains/types.js';
import { makeTempDir } from './temp-dir.js';

const DOC = /\.(md|mdx|markdown)$/i;

/** A snapshot of the given files (path → text); `reads` records what was read. */
export function memorySnapshot(files: Readonly<Record<string, string>>): SourceSnapshot & { reads: string[] } {
  const reads: string[] = [];
  const paths = new Set(Object.keys(files));
  return {
    paths,
    reads,
    async read(wanted) {
      reads.push(...wanted);
      return new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, Buffer.from(files[path]!)]));
    },
  };
}

/** Every file under a folder, by its path relative to the folder (POSIX separators), `.git` left out. */
export function readTree(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

/** A toolchain's view of a working tree (or a fixture folder): every file, read on demand; `.git` left out. */
export function directorySnapshot(root: string): SourceSnapshot {
  const paths = new Set(listFiles(root));
  return {
    paths,
    read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, readFileSync(join(root, path))])),
  };
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === '.git') return [];
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

/** The selected docs of a snapshot (markdown files `include` accepts), with their text, as the collect stage gives them. */
export async function selectedDocs(snapshot: SourceSnapshot, include: (path: string) => boolean): Promise<Map<string, string>> {
  const docs = [...snapshot.paths].filter((path) => DOC.test(path) && include(path)).sort();
  const contents = await snapshot.read(docs);
  return new Map(docs.map((path) => [path, contents.get(path)!.toString('utf8')]));
}

/** The markdown files of an in-memory snapshot, as the selected docs. */
export function memoryDocs(files: Record<string, string>, include: (path: string) => boolean = () => true): Map<string, string> {
  return new Map(Object.entries(files).filter(([path]) => DOC.test(path) && include(path)));
}

/** The sample repositories of other docs toolchains (../shared/dialects beside the project). */
export const DIALECTS = fileURLToPath(new URL('../../../shared/dialects/upstream/', import.meta.url));

export function bundlePath(name: string): string | undefined {
  const path = join(DIALECTS, `${name}.bundle`);
  return existsSync(path) ? path : undefined;
}

/** Clones a bundle (plain `git clone`) and returns its committed files as a snapshot, and the working tree. */
export function cloneBundle(bundle: string): { dir: string; snapshot: SourceSnapshot } {
  const dir = join(makeTempDir('scs-dialect-'), 'repo');
  execFileSync('git', ['clone', '--quiet', bundle, dir], { stdio: 'ignore' });
  const files = execFileSync('git', ['-C', dir, 'ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const paths = new Set(files);
  return {
    dir,
    snapshot: { paths, read: async (wanted) => new Map(wanted.filter((path) => paths.has(path)).map((path) => [path, readFileSync(join(dir, path))])) },
  };
}
