import { join } from 'node:path';
import { diskUsage, readDocsPackage, runBaselineSync, type BaselineRun } from '../baseline-sync.js';
import type { BenchContext } from '../bench-context.js';
import { formatCostCells } from '../format-table.js';
import { formatBytes, formatDuration, formatRatio } from '../format-units.js';
import { insteadOfEnv } from '../run-git.js';
import { DEFAULT_FETCH_CONCURRENCY } from '../../fetch/default-concurrency.js';
import { runFloorSync, type FloorRun } from '../floor-sync.js';
import { computePairedRatio, summarizeSamples } from '../statistics.js';
import { createSyncWorkspace, resetSyncWorkspace, runSyncMeasured, type SyncRun } from '../sync-workspace.js';
import type { BenchRow, ScenarioResult } from '../types.js';

export interface ColdSyncOptions {
  id: string;
  title: string;
  /** Where `https://github.com/` points: the mirrors as file:// or served over HTTP. */
  baseUrl: string;
  pairs: number;
  /** Ours / the old way at most this. */
  goalRatio: number;
  /** Also run plain git's floor for the same fetch (runFloorSync) in each round. */
  floor?: boolean;
}

/** Cold sync of the real corpus against the old way, in turn (ours, baseline, ours, baseline …). */
export async function measureColdSync(context: BenchContext, options: ColdSyncOptions): Promise<ScenarioResult> {
  const corpus = context.corpus!;
  const env = insteadOfEnv(options.baseUrl, context.env);
  const entries = await readDocsPackage(corpus.docsPackageFile);
  const workspace = await createSyncWorkspace(context.projectDir, join(context.projectDir, 'repos.yaml'), join(context.workDir, 'ours'));
  const ours: SyncRun[] = [];
  const baseline: BaselineRun[] = [];
  const floor: FloorRun[] = [];
  for (let pair = 1; pair <= options.pairs; pair++) {
    await resetSyncWorkspace(workspace);
    ours.push(await runSyncMeasured(workspace, env));
    baseline.push(await runBaselineSync(entries, join(context.workDir, 'baseline'), env));
    if (options.floor) floor.push(await runFloorSync(entries, join(context.workDir, 'floor'), env, DEFAULT_FETCH_CONCURRENCY));
    const floorText = options.floor ? `, plain git's floor ${formatDuration(floor.at(-1)!.wallMs)}` : '';
    context.log(`round ${pair}/${options.pairs}: ours ${formatDuration(ours.at(-1)!.wallMs)}, baseline ${formatDuration(baseline.at(-1)!.wallMs)}${floorText}`);
  }
  const oursWall = summarizeSamples(ours.map((r) => r.wallMs));
  const baseWall = summarizeSamples(baseline.map((r) => r.wallMs));
  const ratio = computePairedRatio(ours.map((r) => r.wallMs), baseline.map((r) => r.wallMs));
  const peak = Math.max(...ours.map((r) => r.peakTreeRssBytes));
  const cacheBytes = await diskUsage(workspace.cacheDir);
  const label = `${options.id} ${options.title}`;
  const rows: BenchRow[] = [
    { scenario: label, case: `ours: npm run sync, 18 repos (median of ${options.pairs})`, ...formatCostCells({ wallMs: oursWall.median, peakTreeRssBytes: peak }), goal: '', verdict: '' },
    { scenario: '', case: `  of which the pipeline (without node start-up)`, value: formatDuration(summarizeSamples(ours.map((r) => r.pipelineMs)).median), memory: '', goal: '', verdict: '' },
    { scenario: '', case: `  of which the page check (every page built with the site's pipeline)`, value: formatDuration(summarizeSamples(ours.map((r) => r.stages.check ?? 0)).median), memory: '', goal: '', verdict: '' },
    { scenario: '', case: `baseline: git clone --depth 1 + cp -r (median of ${options.pairs})`, value: formatDuration(baseWall.median), memory: '', goal: '', verdict: '' },
    { scenario: '', case: 'ratio ours / baseline (median of pairs)', value: formatRatio(ratio), memory: '', goal: `ours ≤ ${options.goalRatio}× baseline`, verdict: ratio <= options.goalRatio ? 'met' : 'missed' },
    ...(options.floor ? floorRows(floor, baseline) : []),
    { scenario: '', case: 'on disk: ours clone cache / baseline clones / docs copied', value: `${formatBytes(cacheBytes)} / ${formatBytes(baseline[0]!.clonedBytes)} / ${formatBytes(baseline[0]!.copiedBytes)}`, memory: '', goal: '', verdict: '' },
  ];
  return {
    id: options.id,
    title: options.title,
    rows,
    data: { ours, baseline, floor, ratio, oursWallMs: oursWall, baselineWallMs: baseWall, cacheBytes },
    notes: [`ours syncs repos.yaml (${ours[0]!.docs} pages, transformed); the baseline copies docs.package.json's sources untransformed.`],
  };
}

function floorRows(floor: readonly FloorRun[], baseline: readonly BaselineRun[]): BenchRow[] {
  const ratio = computePairedRatio(floor.map((r) => r.wallMs), baseline.map((r) => r.wallMs));
  return [
    { scenario: '', case: `plain git's floor: blobless clone + sparse checkout of the docs (median of ${floor.length})`, value: formatDuration(summarizeSamples(floor.map((r) => r.wallMs)).median), memory: '', goal: '', verdict: '' },
    { scenario: '', case: "ratio plain git's floor / baseline", value: formatRatio(ratio), memory: '', goal: '', verdict: '' },
  ];
}
