import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { git, insteadOfEnv } from './git-env.js';
import type { TestRepo } from './git-repo.js';
import { makeTempDir } from './temp-dir.js';

/** A bare repository that serves blobless partial clones and fetches by commit id. */
export class TestRemote {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** Creates a bare remote at `dir` (default: a temp dir) holding all branches and tags of `repo`. */
  static fromRepo(repo: TestRepo, dir = join(makeTempDir('scs-remote-'), 'remote.git')): TestRemote {
    mkdirSync(dir, { recursive: true });
    git(dir, ['init', '--quiet', '--bare']);
    git(dir, ['config', 'uploadpack.allowFilter', 'true']);
    git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const remote = new TestRemote(dir);
    remote.push(repo);
    remote.setDefaultBranch(git(repo.dir, ['symbolic-ref', '--short', 'HEAD']).trim());
    return remote;
  }

  /** `file://` URL of the remote. */
  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  /** Pushes all branches and tags; `force` lets rewritten history replace the old. */
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

  /** The redirect of `https://github.com/`; extra bases (e.g. with credentials) are redirected too. */
  env(...extraBases: string[]): Record<string, string> {
    return insteadOfEnv(this.root, 'https://github.com/', ...extraBases);
  }
}
