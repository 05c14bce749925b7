/**
 * A project whose source `guide` is read from a local git checkout (as `npm start -- --local guide=…` does) and
 * whose source `other` comes from a fake github.com; the tree is synced in-process and the checkout watched.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { DEFAULT_LIMITS } from '../../../src/collect/index.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { runSync } from '../../../src/pipeline/run-sync.js';
import type { SyncOptions } from '../../../src/pipeline/types.js';
import { followWorkingTrees } from '../../../src/preview/follow-working-trees.js';
import type { PreviewUpdate } from '../../../src/preview/preview-session.js';
import type { SourceWatcher } from '../../../src/preview/watch-sources.js';
import { FakeGitHub, makeTempDir, type FileMap, TestRepo, writeFiles } from '../../helpers/git-repo.js';

const MANIFEST = `
sources:
  - id: guide
    repo: example-org/guide
    include: ["docs/**/*.md"]
    base: docs
    target: docs/guide
  - id: other
    repo: example-org/other
    include: ["*.md"]
    target: user-docs/other
`;

export class PreviewProject {
  readonly dir = makeTempDir('scs-preview-');
  readonly github = new FakeGitHub();
  checkout!: TestRepo;
  private watcher?: SourceWatcher;
  private waiters: ((update: PreviewUpdate) => void)[] = [];
  readonly errors: unknown[] = [];
  initialDiagnostics: Diagnostic[] = [];

  /** Publishes both repos, clones `guide` as the working tree, syncs and starts following the checkout. */
  async start(guide: FileMap, other: FileMap): Promise<void> {
    this.checkout = TestRepo.create(guide);
    this.github.publish('example-org/guide', this.checkout);
    this.github.publish('example-org/other', TestRepo.create(other));
    writeFileSync(join(this.dir, 'repos.yaml'), MANIFEST);
    const options = this.syncOptions();
    const result = await runSync({ ...options, needTree: true }, { stage: () => {}, progress: () => {}, waiting: () => {} });
    this.initialDiagnostics = result.diagnostics;
    this.watcher = await followWorkingTrees(
      result.tree!,
      { projectDir: this.dir, contentDir: options.contentDir, limits: DEFAULT_LIMITS, generators: [], now: () => new Date(), exclusive: (work) => work() },
      { onUpdate: (_changes, update) => this.waiters.shift()?.(update), onError: (error) => this.errors.push(error) },
    );
  }

  /** Changes the checkout (`null` deletes) and resolves with the update the watcher made of it. */
  edit(files: FileMap): Promise<PreviewUpdate> {
    const next = new Promise<PreviewUpdate>((resolvePromise) => this.waiters.push(resolvePromise));
    writeFiles(this.checkout.dir, files);
    return next;
  }

  async stop(): Promise<void> {
    await this.watcher?.close();
  }

  read(path: string): string {
    return readFileSync(join(this.dir, 'content', path), 'utf8');
  }

  page(path: string): { data: Record<string, unknown>; content: string } {
    const { data, content } = matter(this.read(path));
    return { data, content };
  }

  modifiedAt(path: string): number {
    return statSync(join(this.dir, 'content', path)).mtimeMs;
  }

  private syncOptions(): SyncOptions {
    return {
      projectDir: this.dir,
      manifestFile: join(this.dir, 'repos.yaml'),
      lockFile: join(this.dir, 'repos.lock'),
      cacheDir: join(this.dir, 'cache'),
      contentDir: join(this.dir, 'content'),
      frozen: false,
      offline: false,
      concurrency: 2,
      limits: DEFAULT_LIMITS,
      locals: { guide: this.checkout.dir },
    };
  }
}
