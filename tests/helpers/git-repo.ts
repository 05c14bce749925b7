/**
 * Real git repositories for tests: build a repo from a `{path: content}` map, commit with fixed
 * authors and dates, branch, tag, push to a bare "remote" that serves partial clones (git-remote.ts),
 * and redirect `https://github.com/OWNER/NAME` to such remotes with `url.<base>.insteadOf` (git-env.ts).
 * Never mocks git. This module re-exports the other helpers, so tests import from one place.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git } from './git-env.js';
import { makeTempDir } from './temp-dir.js';

export * from './git-env.js';
export * from './git-remote.js';
export * from './temp-dir.js';

/** File content; `{ symlink }` makes a symbolic link, `null` deletes the path. */
export type FileContent = string | Buffer | { symlink: string } | null;
export type FileMap = Record<string, FileContent>;

export interface CommitOptions {
  message?: string;
  /** ISO date used as author and committer date (default: a fixed date, one minute later per commit). */
  date?: string;
  author?: { name: string; email: string };
}

export const DEFAULT_AUTHOR = { name: 'Ada Author', email: 'ada@example.org' };
const BASE_DATE = Date.parse('2024-01-02T03:04:05Z');

/** Writes (or deletes, for `null`) the files of a map under `dir`. */
export function writeFiles(dir: string, files: FileMap): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    rmSync(file, { force: true });
    if (content === null) continue;
    mkdirSync(dirname(file), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.symlink, file);
    else writeFileSync(file, content);
  }
}

function identityEnv(author: { name: string; email: string }, date: string): NodeJS.ProcessEnv {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
}

/** A working repository with deterministic commits. */
export class TestRepo {
  readonly dir: string;
  private commits = 0;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A repo on `branch` (default `main`) with one commit holding `files` (none when the map is empty). */
  static create(files: FileMap = {}, options: CommitOptions & { branch?: string; dir?: string } = {}): TestRepo {
    const dir = options.dir ?? makeTempDir('scs-repo-');
    mkdirSync(dir, { recursive: true });
    git(dir, ['init', '--quiet', `--initial-branch=${options.branch ?? 'main'}`]);
    const repo = new TestRepo(dir);
    if (Object.keys(files).length > 0) repo.commit(files, options);
    return repo;
  }

  git(...args: string[]): string {
    return git(this.dir, args).trim();
  }

  /** Writes `files`, stages everything and commits; returns the new commit id. */
  commit(files: FileMap, options: CommitOptions = {}): string {
    writeFiles(this.dir, files);
    git(this.dir, ['add', '--all']);
    const date = options.date ?? new Date(BASE_DATE + this.commits * 60_000).toISOString();
    this.commits++;
    const message = options.message ?? `commit ${this.commits}`;
    git(this.dir, ['-c', 'commit.gpgSign=false', 'commit', '--quiet', '--allow-empty', '-m', message], identityEnv(options.author ?? DEFAULT_AUTHOR, date));
    return this.head();
  }

  /** Commit id of `rev` (default HEAD). */
  head(rev = 'HEAD'): string {
    return this.git('rev-parse', `${rev}^{commit}`);
  }

  /** Creates branch `name` at `from` (default HEAD) and checks it out. */
  branch(name: string, from = 'HEAD'): void {
    this.git('checkout', '--quiet', '-b', name, from);
  }

  checkout(name: string): void {
    this.git('checkout', '--quiet', name);
  }

  /** An annotated tag (lightweight with `lightweight: true`) at `at` (default HEAD). */
  tag(name: string, options: { at?: string; lightweight?: boolean } = {}): void {
    const at = options.at ?? 'HEAD';
    if (options.lightweight) this.git('tag', name, at);
    else git(this.dir, ['-c', 'tag.gpgSign=false', 'tag', '-a', '-m', `tag ${name}`, name, at], identityEnv(DEFAULT_AUTHOR, new Date(BASE_DATE).toISOString()));
  }

  /** Resets the current branch to `rev`, dropping later commits (to simulate history rewrites). */
  resetHard(rev: string): void {
    this.git('reset', '--quiet', '--hard', rev);
  }
}

/** Blob id of `path` at `rev` in a working repo. */
export function blobId(repo: TestRepo, rev: string, path: string): string {
  return repo.git('rev-parse', `${rev}:${path}`);
}
