import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listTree } from '../../helpers/list-tree.js';
import matter from 'gray-matter';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import type { SyncReport } from '../../../src/report/types.js';
import { FakeGitHub, isolatedGitEnv, makeTempDir, setEnv } from '../../helpers/git-repo.js';

export interface SyncRun {
  exitCode: number;
  output: string;
  report?: SyncReport;
}

/** A project folder with a manifest, synced in-process by the real CLI against a fake github.com. */
export class SyncProject {
  readonly dir = makeTempDir('scs-project-');
  readonly github = new FakeGitHub();

  writeManifest(yaml: string): void {
    writeFileSync(join(this.dir, 'repos.yaml'), yaml);
  }

  async sync(...args: string[]): Promise<SyncRun> {
    let output = '';
    const sink = { write: (text: string) => (output += text) };
    const restore = setEnv({ ...isolatedGitEnv(), ...this.github.env() });
    try {
      const exitCode = await runSyncCommand(args, { cwd: this.dir, stdout: sink, stderr: sink, env: { CI: 'true' } });
      const reportFile = join(this.dir, 'sync-report.json');
      const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as SyncReport) : undefined;
      return { exitCode, output, report };
    } finally {
      restore();
    }
  }

  /** Every file under content/ (the generated tree), sorted, without the sync's own bookkeeping. */
  contentFiles(): string[] {
    return listTree(join(this.dir, 'content')).filter((path) => !basename(path).startsWith('.sync-'));
  }

  read(path: string): string {
    return readFileSync(join(this.dir, 'content', path), 'utf8');
  }

  page(path: string): { data: Record<string, unknown>; content: string } {
    const { data, content } = matter(this.read(path));
    return { data, content };
  }

  lock(): { sources: Record<string, { commit: string }> } {
    return JSON.parse(readFileSync(join(this.dir, 'repos.lock'), 'utf8'));
  }
}
