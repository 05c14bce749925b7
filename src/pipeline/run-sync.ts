import { relative } from 'node:path';
import { checkStage, ownSourceIds } from './check-stage.js';
import { collectStage } from './collect-stage.js';
import { applyOverrides } from './apply-overrides.js';
import { indexStage } from './index-stage.js';
import { transformStage } from './transform-stage.js';
import { commitWriteStage, planWriteStage } from './write-stage.js';
import { fetchStage } from './fetch-stage.js';
import { generateStage } from './generate-stage.js';
import { titleStage } from './title-stage.js';
import { loadManifest } from '../manifest/index.js';
import { buildReport, buildUnchangedReport, reportTiming } from '../report/build-report.js';
import { buildNavFiles, recoverInterruptedWrite } from '../write/index.js';
import { holdProjectLock } from './project-lock.js';
import { openSyncCache, syncCodeVersion } from './open-sync-cache.js';
import { computeRunKey } from './run-key.js';
import { recordRun } from './run-record.js';
import { findUnchangedRun } from './unchanged-run.js';
import { createSyncWorkers } from '../workers/sync-workers.js';
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
    // read only now: an unchanged run never needs it, and on a large site it is tens of MB
    const cache = await openSyncCache(options.cacheDir, codeVersion);
    const workers = createSyncWorkers();
    try {
      observer.stage('collect');
      const collected = await collectStage(fetched.sources, { limits: options.limits, analyze: (text) => cache.analysis(text, () => workers.analyze(text)), conversions: cache });
      const index = indexStage(collected.sources);
      observer.stage('transform');
      const transformed = transformStage(collected.sources, index, cache);
      const generated = generateStage(options.generators ?? [], transformed.outputs, collected.broken, startedAt);
      const navs = buildNavFiles(collected.sources);
      observer.stage('check');
      const site = { projectDir: options.projectDir, contentDir: options.contentDir };
      const titled = titleStage(manifest.sources, [...transformed.outputs, ...navs.files, ...generated.outputs], transformed.docs);
      const checked = await checkStage({ outputs: titled.outputs, docs: titled.docs, sources: index.sources, own, site, cache, workers });
      observer.stage('write');
      const keep = new Set([...collected.broken, ...generated.skipped]);
      const written = await planWriteStage(manifest.sources, checked.outputs, keep, fetched, options, transformed.failed);
      const afterFetch = [...collected.diagnostics, ...navs.diagnostics, ...transformed.diagnostics, ...generated.diagnostics, ...checked.diagnostics, ...written.diagnostics];
      const diagnostics = [...fetched.diagnostics, ...afterFetch];
      const report = buildReport({
        fetched: fetched.sources,
        collected: collected.sources,
        diagnostics,
        plan: written.plan,
        contentDir: relative(options.projectDir, options.contentDir),
        startedAt,
        finishedAt: startedAt, // the timing is set once the tree is written
        routeOf: (sitePath) => index.index.findBySitePath(sitePath)?.route,
        own,
      });
      const incomplete = keep.size > 0 || transformed.failed.size > 0;
      await commitWriteStage(written, options, recordRun({ key, report, plan: written.plan, diagnostics: afterFetch, incomplete }));
      await cache.save();
      const kept = new Set([...keep, ...transformed.failed]);
      return {
        report: { ...report, ...reportTiming(startedAt, now()), stages: clock.stop() },
        diagnostics,
        tree: { sources: manifest.sources, collected: collected.sources, collectDiagnostics: collected.diagnostics, kept, own },
      };
    } finally {
      await workers.close();
    }
  });
}
