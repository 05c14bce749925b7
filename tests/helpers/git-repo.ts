/**
 * Real git repositories for tests: build a repo from a `{path: content}` map, commit with fixed
 * authors and dates, branch, tag, push to a bare "remote" that serves partial clones, and redirect
 * `https://github.com/OWNER/NAME` to such remotes with `url.<base>.insteadOf` in the environment.
 * Uses plain child_process (simple-git belongs to src/fetch only). Never mocks git.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
const tempDirs: string[] = [];

/** A fresh temp dir, removed by `removeTempDirs()`. */
export function makeTempDir(prefix = 'scs-fetch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs git synchronously; throws with git's stderr on failure. */
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

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
    const author = options.author ?? DEFAULT_AUTHOR;
    this.commits++;
    git(this.dir, ['-c', 'commit.gpgSign=false', 'commit', '--quiet', '--allow-empty', '-m', options.message ?? `commit ${this.commits}`], {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: date,
    });
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
    else git(this.dir, ['-c', 'tag.gpgSign=false', 'tag', '-a', '-m', `tag ${name}`, name, at], {
        GIT_COMMITTER_NAME: DEFAULT_AUTHOR.name,
        GIT_COMMITTER_EMAIL: DEFAULT_AUTHOR.email,
        GIT_COMMITTER_DATE: new Date(BASE_DATE).toISOString(),
      });
  }

  /** Resets the current branch to `rev`, dropping later commits (to simulate history rewrites). */
  resetHard(rev: string): void {
    this.git('reset', '--quiet', '--hard', rev);
  }
}

/** A bare repository that serves blobless partial clones and fetches by commit id. */
export class TestRemote {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Creates a bare remote at `dir` (default: a temp dir) and pushes all branches and tags of `repo`. */
  static fromRepo(repo: TestRepo, dir = join(makeTempDir('scs-remote-'), 'remote.git')): TestRemote {
    mkdirSync(dir, { recursive: true });
    git(dir, ['init', '--quiet', '--bare']);
    git(dir, ['config', 'uploadpack.allowFilter', 'true']);
    git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const remote = new TestRemote(dir);
    remote.push(repo);
    const branch = git(repo.dir, ['symbolic-ref', '--short', 'HEAD']).trim();
    remote.setDefaultBranch(branch);
    return remote;
  }

  /** `file://` URL of the remote. */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  /** Pushes all branches and tags (forced, so rewritten history replaces the old). */
  push(repo: TestRepo, options: { force?: boolean } = {}): void {
    const force = options.force ? ['--force'] : [];
    git(repo.dir, ['push', '--quiet', ...force, this.dir, 'refs/heads/*:refs/heads/*', 'refs/tags/*:refs/tags/*']);
  }

  setDefaultBranch(branch: string): void {
    git(this.dir, ['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);
  }

  deleteRef(ref: string): void {
    git(this.dir, ['update-ref', '-d', ref]);
  }

  /** Deletes the remote (it becomes unreachable). */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A stand-in for github.com: remotes stored as `<root>/OWNER/NAME`, reachable as
 * `https://github.com/OWNER/NAME` through the environment from `env()`.
 */
export class FakeGitHub {
  readonly root: string;

  constructor(root = makeTempDir('scs-github-')) {
    this.root = root;
  }

  /** Publishes `repo` as `https://github.com/<ownerName>`; returns the remote. */
  publish(ownerName: string, repo: TestRepo): TestRemote {
    return TestRemote.fromRepo(repo, join(this.root, ownerName));
  }

  url(ownerName: string): string {
    return `https://github.com/${ownerName}`;
  }

  env(): Record<string, string> {
    return insteadOfEnv(this.root);
  }
}

/** `url.file://<dir>/.insteadOf https://github.com/` through GIT_CONFIG_COUNT/KEY/VALUE. */
export function insteadOfEnv(dir: string, base = 'https://github.com/'): Record<string, string> {
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `url.${pathToFileURL(dir).href}/.insteadOf`,
    GIT_CONFIG_VALUE_0: base,
  };
}

/** Keeps the machine's own git config out of a test: empty global config, no system config. */
export function isolatedGitEnv(): Record<string, string> {
  const file = join(makeTempDir('scs-gitconfig-'), 'gitconfig');
  writeFileSync(file, '');
  return { GIT_CONFIG_GLOBAL: file, GIT_CONFIG_NOSYSTEM: '1' };
}

/** Sets environment variables for the code under test; returns a function restoring the old values. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  return () => apply(saved);
}

/** Object ids present in a (possibly partial) repository, read without fetching anything. */
export function listPresentObjects(gitDir: string): Set<string> {
  const out = git(gitDir, ['cat-file', '--batch-check=%(objectname)', '--batch-all-objects']);
  return new Set(out.split('\n').filter(Boolean));
}

/** Blob id of `path` at `rev` in a working repo. */
export function blobId(repo: TestRepo, rev: string, path: string): string {
  return repo.git('rev-parse', `${rev}:${path}`);
}

/**
 * Runs `action` with GIT_TRACE pointed at a temp file and returns the git commands it started
 * (`['ls-remote', 'fetch', ...]`), including subprocesses git spawns and, for file:// remotes,
 * the serving side (`upload-pack`, `pack-objects`).
 */
export async function traceGitCommands<T>(action: () => Promise<T>): Promise<{ result: T; commands: string[] }> {
  const file = join(makeTempDir('scs-trace-'), 'trace.log');
  const restore = setEnv({ GIT_TRACE: file });
  try {
    const result = await action();
    const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const commands = [...log.matchAll(/trace: built-in: git (\S+)/g)].map((m) => m[1]!);
    return { result, commands };
  } finally {
    restore();
  }
}
