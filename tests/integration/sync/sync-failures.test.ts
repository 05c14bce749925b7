import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo } from '../../helpers/git-repo.js';
import { SyncProject } from './sync-harness.js';

afterAll(removeTempDirs);

const entry = (id: string, repo: string, target: string) =>
  `  - id: ${id}\n    repo: ${repo}\n    include: ["docs/*.md"]\n    base: docs\n    target: ${target}\n`;

describe('user errors and unreachable upstreams', () => {
  it('stops with exit 2 and one message naming both entries when two sources write the same path', async () => {
    const project = new SyncProject();
    project.github.publish('example-org/one', TestRepo.create({ 'docs/intro.md': '# One\n' }));
    project.github.publish('example-org/two', TestRepo.create({ 'docs/intro.md': '# Two\n' }));
    project.writeManifest(`sources:\n${entry('one', 'example-org/one', 'docs/shared')}${entry('two', 'example-org/two', 'docs/shared')}`);
    const run = await project.sync();
    expect(run.exitCode).toBe(2);
    expect(run.output).toContain('sources "one" (docs/intro.md, repos.yaml line 2) and "two" (docs/intro.md, line 7) both write docs/shared/intro.md');
    expect(run.output).not.toMatch(/\n\s+at /);
    expect(project.contentFiles()).toEqual([]);
    expect(existsSync(join(project.dir, 'repos.lock'))).toBe(false);
  });

  it('refuses an invalid manifest with exit 2, fetching and writing nothing', async () => {
    const project = new SyncProject();
    project.writeManifest(`sources:\n  - id: one\n    repo: example-org/one\n    includes: ["docs/*.md"]\n    target: docs/one\n`);
    const run = await project.sync();
    expect(run.exitCode).toBe(2);
    expect(run.output).toContain('repos.yaml:4:5');
    expect(run.output).toContain('Did you mean `include`?');
    expect(existsSync(join(project.dir, '.cache'))).toBe(false);
    expect(existsSync(join(project.dir, 'content'))).toBe(false);
  });

  it('names an unreachable source, builds the others, and fails only under --strict', async () => {
    const project = new SyncProject();
    project.github.publish('example-org/good', TestRepo.create({ 'docs/ok.md': '# Fine\n' }));
    project.writeManifest(`sources:\n${entry('good', 'example-org/good', 'docs/good')}${entry('gone', 'example-org/gone', 'docs/gone')}`);
    const run = await project.sync();
    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toMatch(/gone \(https:\/\/github\.com\/example-org\/gone\).*error/);
    expect(project.contentFiles()).toEqual(['docs/good/ok.md']);
    expect(run.report!.sources.map((s) => [s.id, s.status])).toEqual([
      ['good', 'synced'],
      ['gone', 'failed'],
    ]);
    const strict = await project.sync('--strict');
    expect(strict.exitCode).toBe(1);
  });
});
