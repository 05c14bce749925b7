import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, TestRepo, type FileMap } from '../../helpers/git-repo.js';
import { SyncProject, type SyncRun } from '../sync/sync-harness.js';
import { withoutTiming } from '../sync/unchanged-run-project.js';
import { SyncProcess } from './sync-process.js';

afterAll(removeTempDirs);

// enough files that the write of the update takes a while to observe from outside
const FILES = 1500;
const NOTHING_CHANGED = 'nothing changed since the last sync';

function release(version: string): FileMap {
  const files: FileMap = { 'docs/index.md': `# Release ${version}\n` };
  for (let i = 0; i < FILES; i++) files[`docs/data/item-${i}.txt`] = `${version} item ${i}\n`;
  return files;
}

/** Synced at v1 (so its write state records that run); upstream has moved to v2, every file changed. */
async function projectWithPendingUpdate() {
  const project = new SyncProject();
  const repo = TestRepo.create(release('v1'));
  const remote = project.github.publish('example-org/bulk', repo);
  project.writeManifest('sources:\n  - id: bulk\n    repo: example-org/bulk\n    include: ["docs/**"]\n    base: docs\n    target: docs/bulk\n');
  expect((await project.sync()).exitCode).toBe(0);
  expect((await project.sync()).output).toContain(NOTHING_CHANGED);
  const v2 = repo.commit(release('v2'));
  remote.push(repo);
  rmSync(join(project.dir, 'sync-report.json'));
  return { project, v2 };
}


/** The tree and lock are v2 in full, and the sync after this one finds nothing to rebuild and says the same. */
async function expectWholeUpdate(project: SyncProject, run: SyncRun, v2: string): Promise<void> {
  expect(run.exitCode, run.output).toBe(0);
  expect(project.lock().sources.bulk!.commit).toBe(v2);
  expect(project.read('docs/bulk/index.md')).toContain('# Release v2\n');
  expect(project.read(`docs/bulk/data/item-${FILES - 1}.txt`)).toBe(`v2 item ${FILES - 1}\n`);
  expect(run.report!.written.changed + run.report!.written.unchanged).toBe(FILES + 1);
  const lock = readFileSync(join(project.dir, 'repos.lock'), 'utf8');
  const next = await project.sync();
  expect(next.output).toContain(NOTHING_CHANGED);
  expect(withoutTiming(next.report!)).toEqual({ ...withoutTiming(run.report!), sources: next.report!.sources, written: { changed: 0, unchanged: FILES + 1, removed: 0 } });
  expect(next.report!.sources.map((s) => [s.status, s.commit, s.files.length])).toEqual([['unchanged', v2, FILES + 1]]);
  expect(readFileSync(join(project.dir, 'repos.lock'), 'utf8')).toBe(lock);
}

describe('a sync killed while writing an update never leaves a record the next run could skip on', () => {
  it('when killed while staging: the next run rebuilds', async () => {
    const { project, v2 } = await projectWithPendingUpdate();
    const sync = new SyncProcess(project);
    await sync.waitForOutput('sync: write');
    expect(sync.killWhenExists(join(project.dir, 'content', '.staging', '200'), join(project.dir, 'sync-report.json')), sync.output).toBe(true);
    await sync.exited;

    const run = await project.sync();

    expect(run.output).not.toContain(NOTHING_CHANGED);
    await expectWholeUpdate(project, run, v2);
  });

  it('when killed after its commit point: the next run finishes the write before it looks at the tree', async () => {
    const { project, v2 } = await projectWithPendingUpdate();
    const sync = new SyncProcess(project);
    await sync.waitForOutput('sync: write');
    expect(sync.killWhenExists(join(project.dir, 'content', '.sync-journal.json'), join(project.dir, 'sync-report.json')), sync.output).toBe(true);
    await sync.exited;

    await expectWholeUpdate(project, await project.sync(), v2);
  });
});
