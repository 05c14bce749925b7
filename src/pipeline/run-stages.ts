import { relative } from 'node:path';
import type { Manifest } from '../manifest/types.js';
import { buildReport, reportTiming } from '../report/build-report.js';
import { buildNavFiles } from '../write/index.js';
import { createSyncWorkers } from '../workers/sync-workers.js';
import { checkStage } from './check-stage.js';
import { collectStage } from './collect-stage.js';
import type { FetchStageOutput } from './fetch-stage.js';
import { generateStage } from './generate-stage.js';
import { indexStage } from './index-stage.js';
import { openSyncCache } from './open-sync-cache.js';
import { recordRun } from './run-record.js';
import type { createStageClock } from './stage-clock.js';
import { titleStage } from './title-stage.js';
import { transformStage } from './transform-stage.js';
import type { SyncOptions, SyncResult } from './types.js';
import { commitWriteStage, planWriteStage } from './write-stage.js';

export interface StagesInput {
  options: SyncOptions;
  /** The manifest with the run's overrides applied. */
  manifest: Manifest;
  fetched: FetchStageOutput;
  /** The run's key (computeRunKey), recorded with the tree for the next run's no-op check. */
  key: string | undefined;
  own: Set<string>;
  codeVersion: string;
  startedAt: Date;
  clock: ReturnType<typeof createStageClock>;
  now: () => Date;
}

/** Everything after the fetch: collect → link index → transform → generate → titles → check → write → report. */
export async function runStages(input: StagesInput): Promise<SyncResult> {
  const { options, manifest, fetched, key, own, codeVersion, startedAt, clock, now } = input;
  const observer = clock.observer;
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
      tree: { sources: manifest.sources, collected: collected.sources, collectDiagnostics: collected.diagnostics, kept, own, docs: transformed.docs },
    };
  } finally {
    await workers.close();
  }
}
