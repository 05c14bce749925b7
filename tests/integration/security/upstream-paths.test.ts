/**
 * Hostile paths in upstream repositories, end to end through the CLI: symlinks out of the repo, symlink loops,
 * tree entries named `..` or with an empty name (a leading `/`), names that differ only by case. Each is reported
 * with source, file and line; nothing outside the repo is read, nothing outside content/ is written, and the rest of
 * that source and the other sources still build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';
import { listStrayFiles, STACK_LINE } from './project-tree.js';

afterAll(removeTempDirs);

const entry = (id: string, repo: string, target: string, extra = '') =>
  `  - id: ${id}\n    repo: ${repo}\n    include: ["**/*.md"]\n    target: ${target}\n${extra}`;

const problemsOf = (report: { problems: { code: string; source: string | null; file: string | null }[] }) =>
  report.problems.map((p) => [p.code, p.source, p.file]).sort((a, b) => String(a[2]).localeCompare(String(b[2])));

describe('upstream paths', () => {
  it('never follows a symlink out of the repo, reports loops, and resolves in-repo links like Antora', async () => {
    const project = new SyncProject();
    const alpha = TestRepo.create({
      'docs/intro.md': '# Intro\n\n![logo](logo.png)\n',
      'docs/passwd.md': { symlink: '/etc/passwd' },
      'docs/ssh.md': { symlink: join(homedir(), '.ssh', 'id_rsa') },
      'docs/up.md': { symlink: '../../../../../../etc/hostname' },
      'docs/logo.png': { symlink: '/etc/passwd' },
      'docs/loop-a.md': { symlink: 'loop-b.md' },
      'docs/loop-b.md': { symlink: 'loop-a.md' },
      'docs/alias.md': { symlink: 'intro.md' },
      'docs/shared.md': { symlink: '../common/shared.md' },
      'common/shared.md': '# Shared\n',
    });
    project.github.publish('example-org/alpha', alpha);
    project.github.publish('example-org/beta', TestRepo.create({ 'docs/beta.md': '# Beta\n' }));
    project.writeManifest(`sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha', '    base: docs\n')}${entry('beta', 'example-org/beta', 'docs/beta')}`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.contentFiles()).toEqual([
      'docs/alpha/_upstream/common/shared.md',
      'docs/alpha/alias.md',
      'docs/alpha/intro.md',
      'docs/alpha/shared.md',
      'docs/beta/docs/beta.md',
    ].sort());
    expect(project.read('docs/alpha/alias.md')).toContain('# Intro');
    expect(project.read('docs/alpha/shared.md')).toContain('# Shared');
    expect(problemsOf(run.report!)).toEqual([
      ['content/symlink-escapes', 'alpha', 'docs/logo.png'],
      ['content/symlink-loop', 'alpha', 'docs/loop-a.md'],
      ['content/symlink-loop', 'alpha', 'docs/loop-b.md'],
      ['content/symlink-escapes', 'alpha', 'docs/passwd.md'],
      ['content/symlink-escapes', 'alpha', 'docs/ssh.md'],
      ['content/symlink-escapes', 'alpha', 'docs/up.md'],
    ]);
    expect(run.output).toMatch(/alpha \(https:\/\/github\.com\/example-org\/alpha @[0-9a-f]{7}\) docs\/passwd\.md: warning: symlink points outside the repository \(\/etc\/passwd\) and is not followed/);
    expect(run.output).not.toMatch(STACK_LINE);
    expect(run.report!.sources.map((s) => s.status)).toEqual(['synced', 'synced']);
    expect(listStrayFiles(project.dir)).toEqual([]);
  });

  it('skips tree entries named ".." or differing only by case, and builds the rest', async () => {
    const project = new SyncProject();
    const alpha = TestRepo.create({ 'docs/readme.md': '# Readme\n' });
    project.github.publish('example-org/beta', TestRepo.create({ 'docs/beta.md': '# Beta\n' }));
    const page = alpha.git('rev-parse', 'HEAD:docs/readme.md');
    commitCraftedTree(alpha, page);
    project.github.publish('example-org/alpha', alpha);
    project.writeManifest(`sources:\n${entry('alpha', 'example-org/alpha', 'docs/alpha')}${entry('beta', 'example-org/beta', 'docs/beta')}`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.contentFiles()).toEqual(['docs/alpha/docs/Guide.md', 'docs/alpha/docs/ok.md', 'docs/beta/docs/beta.md']);
    expect(problemsOf(run.report!)).toEqual([
      ['content/unsafe-path', 'alpha', 'docs/../escape.md'],
      ['content/case-collision', 'alpha', 'docs/guide.md'],
    ]);
    expect(run.output).toContain('docs/guide.md: warning: file name differs from docs/Guide.md only by case');
    expect(listStrayFiles(project.dir)).toEqual([]);
  });

  it('reads a `path` working tree without following a symlink out of its folder', async () => {
    const project = new SyncProject();
    const local = join(project.dir, 'local-docs');
    mkdirSync(join(local, 'docs'), { recursive: true });
    writeFileSync(join(project.dir, 'outside.md'), '# Outside the folder\n');
    writeFileSync(join(local, 'docs', 'page.md'), '# Page\n');
    symlinkSync('/etc/passwd', join(local, 'docs', 'passwd.md'));
    symlinkSync('../../outside.md', join(local, 'docs', 'outside.md'));
    symlinkSync('/etc', join(local, 'docs', 'etc'));
    symlinkSync('.', join(local, 'docs', 'self'));
    symlinkSync('page.md', join(local, 'docs', 'alias.md'));
    project.writeManifest(`sources:\n  - id: local\n    path: local-docs\n    include: ["**/*.md"]\n    target: docs/local\n`);

    const run = await project.sync();

    expect(run.exitCode, run.output).toBe(0);
    expect(project.contentFiles()).toEqual(['docs/local/docs/alias.md', 'docs/local/docs/page.md']);
    expect(project.read('docs/local/docs/alias.md')).toContain('# Page');
    expect(problemsOf(run.report!)).toEqual([
      ['content/symlink-escapes', 'local', 'docs/outside.md'],
      ['content/symlink-escapes', 'local', 'docs/passwd.md'],
    ]);
    expect(listStrayFiles(project.dir, ['content', '.cache', 'repos.yaml', 'repos.lock', 'sync-report.json', 'local-docs', 'outside.md'])).toEqual([]);
  });
});

/**
 * A commit on `main` whose tree is written entry by entry (`git mktree`), holding names git refuses to check
 * out: `docs/` with ok.md, Guide.md, guide.md and a folder named `..` (escape.md). (A folder with an empty name,
 * which would list as `/name`, cannot travel: git's index-pack refuses it; the unit tests cover that path.)
 */
function commitCraftedTree(repo: TestRepo, blob: string): void {
  const inner = mktree(repo, [`100644 blob ${blob}\tescape.md`]);
  const docs = mktree(repo, [`100644 blob ${blob}\tGuide.md`, `040000 tree ${inner}\t..`, `100644 blob ${blob}\tguide.md`, `100644 blob ${blob}\tok.md`]);
  const root = mktree(repo, [`040000 tree ${docs}\tdocs`]);
  const commit = repo.git('commit-tree', root, '-p', 'HEAD', '-m', 'crafted tree');
  repo.git('update-ref', 'refs/heads/main', commit);
}

function mktree(repo: TestRepo, lines: string[]): string {
  return execFileSync('git', ['mktree'], { cwd: repo.dir, input: `${lines.join('\n')}\n`, encoding: 'utf8' }).trim();
}
