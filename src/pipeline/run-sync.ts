import { relative } from 'node:path';
import { ownSourceIds } from './own-sources.js';
import { applyOverrides } from './apply-overrides.js';
import { fetchStage } from './fetch-stage.js';
import { loadManifest } from '../manifest/index.js';
import { buildUnchangedReport } from '../report/build-report.js';
import { recoverInterruptedWrite } from '../write/commit-write.js';
import { holdProjectLock } from './project-lock.js';
import { syncCodeVersion } from './open-sync-cache.js';
import { computeRunKey } from './run-key.js';
import { findUnchangedRun } from './unchanged-run.js';
import { createStageClock } from './stage-clock.js';
import type { SyncObserver, SyncOptions, SyncResult } from './types.js';

/**
 * The whole sync, top to bottom: manifest → fetch → collect → link index → transform → generate → titles → check → write → report.
 * When every input is as in the last completed sync (see computeRunKey) and its tree is intact, the run stops
 * after the fetch and reports that tree again.
 */
export async function runSync(options: SyncOptions, outside: SyncObserver, now: () => Date = () => new Date()): Promise<SyncResult> {
  const startedAt = now();
  const clock = createStageClock(outside, now);
  const observer = clock.observer;
  const codeVersion = syncCodeVersion();
  const manifest = applyOverrides(await loadManifest(options.manifestFile, options.manifestName), options);
  return holdProjectLock(options, observer, async () => {
    // a write killed after its commit point is finished first, so the tree is whole before anything looks at it
    await recoverInterruptedWrite(options.contentDir);
    observer.stage('fetch');
    const fetched = await fetchStage(manifest.sources, options, observer);
    const key = await computeRunKey({ codeVersion, manifest, options, fetched: fetched.sources, startedAt });
    const own = ownSourceIds(manifest.sources, options.projectDir, options.locals);
    const last = options.needTree ? undefined : await findUnchangedRun({ key, contentDir: options.contentDir, lockFile: options.lockFile, lock: fetched.lock });
    if (last) {
      observer.unchanged?.();
      const diagnostics = [...fetched.diagnostics, ...last.diagnostics];
      const report = buildUnchangedReport({ fetched: fetched.sources, files: last.files, formats: last.formats, diagnostics, unchanged: last.unchanged, startedAt, finishedAt: now(), own });
      return { report: { ...report, stages: clock.stop() }, diagnostics };
    }
    // loaded only now: a run that stops above never needs the stages' code (most of the sync's start-up time)
    const { runStages } = await import('./run-stages.js');
    return runStages({ options, manifest, fetched, key, own, codeVersion, startedAt, clock, now });
  });
}
