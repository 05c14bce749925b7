import { afterAll, beforeAll } from 'vitest';
import type { FetchedSource } from '../../src/fetch/types.js';
import { isolatedGitEnv, setEnv } from './git-env.js';
import { TestRemote } from './git-remote.js';
import { TestRepo, type FileMap } from './git-repo.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

/** Registers hooks that keep the machine's git config out of the suite and clean temp dirs after it. */
export function useIsolatedGit(extraEnv: () => Record<string, string> = () => ({})): void {
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = setEnv({ ...isolatedGitEnv(), ...extraEnv() });
  });
  afterAll(() => {
    restore?.();
    removeTempDirs();
  });
}

/** A repo with `files` on main, its remote, and an empty cache dir. */
export function publishDocs(files: FileMap = { 'a.md': 'first\n', 'b.md': 'bee\n' }) {
  const repo = TestRepo.create(files);
  return { repo, remote: TestRemote.fromRepo(repo), cacheDir: makeTempDir() };
}

/** Reads `paths` through the source's reader, as text; absent paths are left out. */
export async function readText(source: FetchedSource, paths: string[]): Promise<Record<string, string>> {
  const contents = await source.reader!.readFiles(paths);
  return Object.fromEntries([...contents].map(([path, buffer]) => [path, buffer.toString('utf8')]));
}
