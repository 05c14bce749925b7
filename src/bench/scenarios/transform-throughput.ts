import { DEFAULT_LIMITS } from '../../collect/index.js';
import { collectStage } from '../../pipeline/collect-stage.js';
import { createSyncWorkers } from '../../workers/sync-workers.js';
import { indexStage } from '../../pipeline/index-stage.js';
import { transformStage } from '../../pipeline/transform-stage.js';
import { formatDuration, formatRate } from '../format-units.js';
import { createMemorySources, NO_DERIVED_CACHE } from '../in-memory-sources.js';
import { summarizeSamples } from '../statistics.js';
import type { SyntheticSite } from '../synthetic-layout.js';
import type { ScenarioResult } from '../types.js';

interface PassTimes {
  collectMs: number;
  indexMs: number;
  transformMs: number;
  docs: number;
}

/** One pass of collect (parse, analyse), link index and transform over in-memory sources. */
async function runStages(site: SyntheticSite): Promise<PassTimes> {
  const sources = createMemorySources(site);
  const t0 = performance.now();
  const workers = createSyncWorkers();
  const collected = await collectStage(sources, { limits: DEFAULT_LIMITS, analyze: (text) => workers.analyze(text), conversions: NO_DERIVED_CACHE }).finally(() => workers.close());
  const t1 = performance.now();
  const index = indexStage(collected.sources);
  const t2 = performance.now();
  const transformed = transformStage(collected.sources, index, NO_DERIVED_CACHE);
  const t3 = performance.now();
  const docs = collected.sources.flatMap((s) => s.files).filter((f) => f.kind === 'doc').length;
  if (transformed.failed.size > 0) throw new Error(`transform failed for ${[...transformed.failed].join(', ')}`);
  return { collectMs: t1 - t0, indexMs: t2 - t1, transformMs: t3 - t2, docs };
}

/** 4. Docs per second through the stages, no git: a warm-up pass, then the median of `passes`. */
export async function measureTransformThroughput(site: SyntheticSite, passes: number): Promise<ScenarioResult> {
  await runStages(site);
  const runs: PassTimes[] = [];
  for (let i = 0; i < passes; i++) runs.push(await runStages(site));
  const total = summarizeSamples(runs.map((r) => r.collectMs + r.indexMs + r.transformMs));
  const docs = runs[0]!.docs;
  const median = (pick: (r: PassTimes) => number) => summarizeSamples(runs.map(pick)).median;
  const stage = (name: string, ms: number) => ({ scenario: '', case: name, value: formatRate((docs * 1000) / ms, 'docs'), memory: '', goal: '', verdict: '' as const });
  return {
    id: '4',
    title: 'transform throughput',
    rows: [
      { scenario: '4 transform throughput', case: `${docs} docs, in memory (median of ${passes})`, value: formatRate((docs * 1000) / total.median, 'docs'), memory: '', goal: '', verdict: '' },
      stage('  collect: parse + analyse', median((r) => r.collectMs)),
      stage('  link index', median((r) => r.indexMs)),
      stage('  transform: rewrite + render', median((r) => r.transformMs)),
    ],
    data: { docs, passes: runs, totalMs: total, docsPerSecond: (docs * 1000) / total.median },
    notes: [`collect + index + transform of ${docs} synthetic docs took ${formatDuration(total.median)} per pass (no git, no disk).`],
  };
}
