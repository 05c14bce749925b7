import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo, type FileMap } from '../../helpers/git-repo.js';
import { SyncProject } from '../sync/sync-harness.js';
import { SyncProcess } from './sync-process.js';

afterAll(removeTempDirs);

// enough files that staging and the renames after the commit point take a while to observe from outside
const FILES = 1500;

function release(version: string, count: number): FileMap {
  const files: FileMap = { 'docs/index.md': `# Release ${version}\n` };
  for (let i = 0; i < count; i++) files[`docs/data/item-${i}.txt`] = `${version} item ${i}\n`;
  return files;
}

const treeOf = (count: number) =>
  ['docs/bulk/_category_.json', 'docs/bulk/index.md', ...Array.from({ length: count }, (_, i) => `docs/bulk/data/item-${i}.txt`)].sort();

/** A project synced at release v1; upstream has moved to v2 (every file changed, the last 100 removed). */
async function projectWithPendingUpdate() {
  const project = new SyncProject();
  const repo = TestRepo.create(release('v1', FILES));
  const remote = project.github.publish('example-org/bulk', repo);
  project.writeManifest('sources:\n  - id: bulk\n    repo: example-org/bulk\n    include: ["docs/**"]\n    base: docs\n    target: docs/bulk\n    label: Bulk\n');
  expect((await project.sync()).exitCode).toBe(0);
  const v1Lock = readFileSync(join(project.dir, 'repos.lock'), 'utf8');
  const removed = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`docs/data/item-${FILES - 100 + i}.txt`, null]));
  const v2 = repo.commit({ ...release('v2', FILES - 100), ...removed });
  remote.push(repo);
  rmSync(join(project.dir, 'sync-report.json'));
  return { project, v1Lock, v2 };
}

const content = (project: SyncProject, path: string) => join(project.dir, 'content', path);

/** After a kill before the commit point: the previous tree and lock, byte for byte where it matters. */
function expectPreviousState(project: SyncProject, v1Lock: string): void {
  expect(existsSync(content(project, '.sync-journal.json'))).toBe(false);
  // staged files of the killed run may remain in content/.staging (no page: no extension); the next run discards them
  expect(project.contentFiles().filter((path) => !path.startsWith('.staging/'))).toEqual(treeOf(FILES));
  expect(project.read('docs/bulk/data/item-7.txt')).toBe('v1 item 7\n');
  expect(project.read(`docs/bulk/data/item-${FILES - 1}.txt`)).toBe(`v1 item ${FILES - 1}\n`);
  expect(readFileSync(join(project.dir, 'repos.lock'), 'utf8')).toBe(v1Lock);
}

/** The next plain sync completes the update: exactly the new tree and lock, no leftovers. */
async function expectNextRunCompletes(project: SyncProject, v2: string): Promise<void> {
  const next = await project.sync();
  expect(next.exitCode, next.output).toBe(0);
  expect(project.contentFiles()).toEqual(treeOf(FILES - 100));
  expect(project.read('docs/bulk/data/item-7.txt')).toBe('v2 item 7\n');
  expect(project.lock().sources.bulk!.commit).toBe(v2);
  expect(existsSync(content(project, '.staging'))).toBe(false);
  expect(existsSync(content(project, '.sync-journal.json'))).toBe(false);
  expect(existsSync(join(project.dir, '.sync.lock'))).toBe(false);
}

// each test runs three syncs of 1,500 files: on a loaded 2-core runner that outgrows the default 60 s
const SLOW = { timeout: 180_000 };

describe('a sync killed with SIGKILL', SLOW, () => {
  it('keeps the previous tree and lock when killed as the write stage starts', async () => {
    const { project, v1Lock, v2 } = await projectWithPendingUpdate();
    const sync = new SyncProcess(project);
    await sync.waitForOutput('sync: write');
    sync.kill('SIGKILL');
    expect((await sync.exited).signal).toBe('SIGKILL');

    expectPreviousState(project, v1Lock);
    await expectNextRunCompletes(project, v2);
  });

  it('keeps the previous tree and lock when killed while files are being staged', async () => {
    const { project, v1Lock, v2 } = await projectWithPendingUpdate();
    const sync = new SyncProcess(project);
    await sync.waitForOutput('sync: write');
    const killed = sync.killWhenExists(content(project, '.staging/200'), join(project.dir, 'sync-report.json'));
    expect(killed, sync.output).toBe(true);
    expect((await sync.exited).signal).toBe('SIGKILL');

    expect(existsSync(content(project, '.staging/200'))).toBe(true);
    expectPreviousState(project, v1Lock);
    await expectNextRunCompletes(project, v2);
  });

  it('finishes the write on the next run when killed right after the commit point', async () => {
    const { project, v2 } = await projectWithPendingUpdate();
    const sync = new SyncProcess(project);
    await sync.waitForOutput('sync: write');
    const killed = sync.killWhenExists(content(project, '.sync-journal.json'), join(project.dir, 'sync-report.json'));
    expect(killed, sync.output).toBe(true);
    expect((await sync.exited).signal).toBe('SIGKILL');

    // the journal names every rename still to do; the tree is between the two versions until the next run
    expect(existsSync(content(project, '.sync-journal.json'))).toBe(true);
    await expectNextRunCompletes(project, v2);
  });
});

describe('two syncs at once on one project', SLOW, () => {
  it('makes the second wait for the first, with a message, and never interleaves their writes', async () => {
    const { project, v2 } = await projectWithPendingUpdate();
    const first = new SyncProcess(project);
    await first.waitForOutput('sync: fetch'); // printed while holding the project lock
    first.kill('SIGSTOP');
    const second = new SyncProcess(project);
    await second.waitForOutput(`sync: waiting for another sync (process ${first.pid}) to finish…`);
    expect(second.output).not.toContain('sync: fetch');
    first.kill('SIGCONT');

    expect((await first.exited).code, first.output).toBe(0);
    expect((await second.exited).code, second.output).toBe(0);
    expect(second.output.indexOf('waiting for another sync')).toBeLessThan(second.output.indexOf('sync: fetch'));
    expect(second.output).toMatch(/sync: 1 sources \(1 unchanged\)/);
    expect(project.contentFiles()).toEqual(treeOf(FILES - 100));
    expect(project.lock().sources.bulk!.commit).toBe(v2);
    expect(existsSync(join(project.dir, '.sync.lock'))).toBe(false);
  });

  it('takes over the lock of a sync that was killed while holding it', async () => {
    const { project, v2 } = await projectWithPendingUpdate();
    const killed = new SyncProcess(project);
    await killed.waitForOutput('sync: fetch');
    killed.kill('SIGKILL');
    await killed.exited;
    expect(existsSync(join(project.dir, '.sync.lock'))).toBe(true);

    const next = await project.sync();

    expect(next.exitCode, next.output).toBe(0);
    expect(next.output).not.toContain('waiting for another sync');
    expect(project.contentFiles()).toEqual(treeOf(FILES - 100));
    expect(project.lock().sources.bulk!.commit).toBe(v2);
  });
});
