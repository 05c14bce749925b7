import { relative } from 'node:path';
import { collectStage } from './collect-stage.js';
import { applyOverrides } from './apply-overrides.js';
import { indexStage } from './index-stage.js';
import { transformStage } from './transform-stage.js';
import { writeStage } from './write-stage.js';
import { fetchStage } from './fetch-stage.js';
import { generateStage } from './generate-stage.js';
import { loadManifest } from '../manifest/index.js';
import { buildReport } from '../report/build-report.js';
import { holdProjectLock } from './project-lock.js';
import { openSyncCache } from './open-sync-cache.js';
import type { SyncObserver, SyncOptions, SyncResult } from './types.js';

/** The whole sync, top to bottom: manifest → fetch → collect → link index → transform → generate → write → report. */
export async function runSync(options: SyncOptions, observer: SyncObserver, now: () => Date = () => new Date()): Promise<SyncResult> {
  const startedAt = now();
  const manifest = applyOverrides(await loadManifest(options.manifestFile, options.manifestName), options);
  return holdProjectLock(options, observer, async () => {
    const cache = await openSyncCache(options.cacheDir);
    observer.stage('fetch');
    const fetched = await fetchStage(manifest.sources, options, observer);
    observer.stage('collect');
    const collected = await collectStage(fetched.sources, options.limits, cache.analysis);
    const index = indexStage(collected.sources);
    observer.stage('transform');
    const transformed = transformStage(collected.sources, index, cache);
    const generated = generateStage(options.generators ?? [], transformed.outputs, collected.broken, startedAt);
    observer.stage('write');
    const keep = new Set([...collected.broken, ...generated.skipped]);
    const outputs = [...transformed.outputs, ...generated.outputs];
    const written = await writeStage(manifest.sources, outputs, keep, fetched, options, transformed.failed);
    await cache.save();
    const diagnostics = [
      ...fetched.diagnostics,
      ...collected.diagnostics,
      ...transformed.diagnostics,
      ...generated.diagnostics,
      ...written.diagnostics,
    ];
    const report = buildReport({
      fetched: fetched.sources,
      collected: collected.sources,
      diagnostics,
      plan: written.plan,
      contentDir: relative(options.projectDir, options.contentDir),
      startedAt,
      finishedAt: now(),
      routeOf: (sitePath) => index.index.findBySitePath(sitePath)?.route,
    });
    const kept = new Set([...keep, ...transformed.failed]);
    return { report, diagnostics, tree: { sources: manifest.sources, collected: collected.sources, collectDiagnostics: collected.diagnostics, kept } };
  });
}
