import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LIMITS } from '../../../src/collect/index.js';
import { runSync } from '../../../src/pipeline/run-sync.js';
import type { SiteGenerator, SyncOptions, SyncResult } from '../../../src/pipeline/types.js';
import type { SyncReport } from '../../../src/report/types.js';
import { FakeGitHub, isolatedGitEnv, makeTempDir, setEnv, traceGitCommands, type TestRepo } from '../../helpers/git-repo.js';

export interface TracedRun extends SyncResult {
  /** The run found every input as in the last completed sync and rebuilt nothing. */
  skipped: boolean;
  /** Git commands it ran (`upload-pack` is the serving side of a file:// remote). */
  commands: string[];
}

/** A project synced in-process by runSync against a fake github.com, with the clock and options a test picks. */
export class UnchangedRunProject {
  readonly dir = makeTempDir('scs-project-');
  readonly github = new FakeGitHub();
  generators: SiteGenerator[] = [];

  writeManifest(yaml: string): void {
    writeFileSync(join(this.dir, 'repos.yaml'), yaml);
  }

  options(extra: Partial<SyncOptions> = {}): SyncOptions {
    return {
      projectDir: this.dir,
      manifestFile: join(this.dir, 'repos.yaml'),
      manifestName: 'repos.yaml',
      lockFile: join(this.dir, 'repos.lock'),
      cacheDir: join(this.dir, '.cache', 'repos'),
      contentDir: join(this.dir, 'content'),
      frozen: false,
      offline: false,
      concurrency: 4,
      limits: DEFAULT_LIMITS,
      generators: this.generators,
      ...extra,
    };
  }

  async sync(extra: Partial<SyncOptions> = {}, at: Date = new Date()): Promise<TracedRun> {
    const restore = setEnv({ ...isolatedGitEnv(), ...this.github.env() });
    let skipped = false;
    const observer = { stage: () => {}, progress: () => {}, waiting: () => {}, unchanged: () => (skipped = true) };
    try {
      const { result, commands } = await traceGitCommands(() => runSync(this.options(extra), observer, () => at));
      return { ...result, skipped, commands: commands.filter((command) => command !== 'upload-pack') };
    } finally {
      restore();
    }
  }

  read(path: string): string {
    return readFileSync(join(this.dir, 'content', path), 'utf8');
  }

  write(path: string, text: string): void {
    writeFileSync(join(this.dir, 'content', path), text);
  }

  lockText(): string {
    return readFileSync(join(this.dir, 'repos.lock'), 'utf8');
  }
}

/** The report without the fields every run has its own values of. */
export function withoutTiming(report: SyncReport): Omit<SyncReport, 'syncedAt' | 'durationMs' | 'stages'> {
  const { syncedAt: _syncedAt, durationMs: _durationMs, stages: _stages, ...rest } = report;
  return rest;
}

/**
 * Leaves a working tree as a checkout made a while ago: its files' modification times two hours back (a file changed
 * within the last clock tick is never trusted by its stats). The index keeps the stat data it cached for them, now
 * outdated, as after a fresh clone: the next `git status` refreshes it and rewrites the index.
 */
export function settleWorkingTree(repo: TestRepo): void {
  const twoHoursAgo = new Date(Date.now() - 7_200_000);
  for (const entry of readdirSync(repo.dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !relative(repo.dir, path).split(sep).includes('.git')) utimesSync(path, twoHoursAgo, twoHoursAgo);
  }
}
