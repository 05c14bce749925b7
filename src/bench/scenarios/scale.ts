import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import { formatCostCells } from '../format-table.js';
import { formatBytes, formatDuration, formatRate } from '../format-units.js';
import { insteadOfEnv } from '../run-git.js';
import { clearSiteCaches, runSiteBuildMeasured } from '../site-build.js';
import { prepareSiteCopy } from '../site-copy.js';
import { describeGrowth, fitGrowth, fitLine, sizeAtCost, type LineFit } from '../statistics.js';
import { createSyncWorkspace, resetSyncWorkspace, runSyncMeasured } from '../sync-workspace.js';
import type { SyntheticSite } from '../synthetic-layout.js';
import type { BenchRow, RunCost, ScenarioResult } from '../types.js';
import { writeSyntheticMirrors } from '../write-synthetic-repos.js';

/** GitHub's standard runner for private repositories: 2 cores, 7 GiB, of which the system and the runner itself keep about 1 GiB. */
const RUNNER_MEMORY_BYTES = 6 * 1024 ** 3;
const GOAL_DOCS = 10_000;
const GOAL_MS = 60_000;
const GOAL_BYTES = 2 * 1024 ** 3;
/** A size that takes longer than this is reported as such instead of holding up the whole benchmark. */
const SYNC_TIME_LIMIT_MS = 10 * 60_000;

interface SizePoint extends RunCost {
  repos: number;
  docsPerRepo: number;
  /** Synthetic docs (the project's own pages come on top). */
  docs: number;
  pipelineMs?: number;
}

/** 7. Synthetic sites of growing size: cold sync (sync plus transform) of each, then site builds of some (every size's sync counts). */
export async function measureScale(context: BenchContext, syncSizes: readonly SyntheticSite[], buildSizes: readonly SyntheticSite[]): Promise<ScenarioResult> {
  const syncs: SizePoint[] = [];
  const builds: SizePoint[] = [];
  const failures: BenchRow[] = [];
  for (const site of [...syncSizes, ...buildSizes.filter((b) => !syncSizes.some((s) => sameSize(s, b)))]) {
    await measureSize(context, site, { syncs, builds, build: buildSizes.some((b) => sameSize(b, site)) }).catch((error: unknown) => {
      const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((line) => line.trim()).filter(Boolean);
      const message = lines.length > 1 ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? 'failed');
      context.log(`${site.repos} × ${site.docsPerRepo}: failed: ${message}`);
      failures.push({ scenario: '', case: `${site.repos} × ${site.docsPerRepo} docs: FAILED`, value: message.slice(0, 120), memory: '', goal: '', verdict: '' });
    });
  }
  const syncGrowth = fitGrowth(syncs.map((p) => ({ size: p.docs, cost: p.wallMs })));
  const buildGrowth = fitGrowth(builds.map((p) => ({ size: p.docs, cost: p.wallMs })));
  const buildMemoryGrowth = fitGrowth(builds.map((p) => ({ size: p.docs, cost: p.peakTreeRssBytes })));
  const runner = estimateRunnerLimit(builds);
  const rows: BenchRow[] = [...syncs.map((p, i) => syncRow(p, i === 0)), ...builds.map(buildRow), ...(runner ? [runnerRow(runner)] : []), ...failures];
  if (rows[0] && rows[0].scenario === '') rows[0] = { ...rows[0], scenario: '7 scale (synthetic repos)' };
  const notes = [
    syncGrowth ? `sync time grows as docs^${syncGrowth.exponent.toFixed(2)}: ${describeGrowth(syncGrowth)}` : 'sync growth: fewer than two sizes',
    buildGrowth ? `site build time grows as pages^${buildGrowth.exponent.toFixed(2)}: ${describeGrowth(buildGrowth)}` : 'site build growth: fewer than two sizes built',
    ...(buildMemoryGrowth ? [`site build peak memory grows as pages^${buildMemoryGrowth.exponent.toFixed(2)}: ${describeGrowth(buildMemoryGrowth)}`] : []),
    ...(runner ? [describeRunnerLimit(runner)] : []),
  ];
  return { id: '7', title: 'scale (synthetic repos)', rows, data: { syncs, builds, failures, syncGrowth, buildGrowth, buildMemoryGrowth, runner }, notes };
}

function sameSize(a: SyntheticSite, b: SyntheticSite): boolean {
  return a.repos === b.repos && a.docsPerRepo === b.docsPerRepo;
}

function syncRow(point: SizePoint, first: boolean): BenchRow {
  const goalApplies = point.docs === GOAL_DOCS;
  const met = point.wallMs <= GOAL_MS && point.peakTreeRssBytes <= GOAL_BYTES;
  return {
    scenario: first ? '7 scale (synthetic repos)' : '',
    case: `sync + transform, ${point.repos} × ${point.docsPerRepo} docs (${formatRate((point.docs * 1000) / point.wallMs, 'docs')})`,
    ...formatCostCells(point),
    goal: goalApplies ? '10k docs ≤ 60 s, ≤ 2 GiB' : '',
    verdict: goalApplies ? (met ? 'met' : 'missed') : '',
  };
}

function buildRow(point: SizePoint): BenchRow {
  return { scenario: '', case: `npm run build:site, ${point.docs.toLocaleString('en-US')} synthetic pages, cold`, ...formatCostCells(point), goal: '', verdict: '' };
}

/** Where one CI runner stops being enough, by straight lines through the measured builds' peak memory and time. */
interface RunnerLimit {
  memory: LineFit;
  time: LineFit;
  /** Pages at which the build's peak reaches the runner's memory. */
  pages: number;
  /** The build's time at that size, by the time line. */
  wallMs: number;
}

function estimateRunnerLimit(builds: readonly SizePoint[]): RunnerLimit | undefined {
  const memory = fitLine(builds.map((p) => ({ size: p.docs, cost: p.peakTreeRssBytes })));
  const time = fitLine(builds.map((p) => ({ size: p.docs, cost: p.wallMs })));
  const pages = memory && sizeAtCost(memory, RUNNER_MEMORY_BYTES);
  if (!memory || !time || pages === undefined) return undefined;
  return { memory, time, pages, wallMs: time.fixed + time.perUnit * pages };
}

function runnerRow(limit: RunnerLimit): BenchRow {
  return {
    scenario: '',
    case: `one 2-core 7 GiB CI runner (${formatBytes(RUNNER_MEMORY_BYTES)} for the build) is enough up to`,
    value: `≈ ${roundPages(limit.pages).toLocaleString('en-US')} pages (build ≈ ${formatDuration(limit.wallMs)})`,
    memory: formatBytes(RUNNER_MEMORY_BYTES),
    goal: '',
    verdict: '',
  };
}

function describeRunnerLimit(limit: RunnerLimit): string {
  return (
    `site build by straight lines through the measured sizes: peak ≈ ${formatBytes(limit.memory.fixed)} + ${formatBytes(limit.memory.perUnit * 1000)} per 1,000 pages, ` +
    `time ≈ ${formatDuration(limit.time.fixed)} + ${formatDuration(limit.time.perUnit * 1000)} per 1,000 pages; ` +
    `the peak reaches ${formatBytes(RUNNER_MEMORY_BYTES)} (a 7 GiB runner less the system's share) at ≈ ${roundPages(limit.pages).toLocaleString('en-US')} pages: past that, split the build (docs/contributor-docs/benchmarks.md)`
  );
}

function roundPages(pages: number): number {
  return Math.round(pages / 100) * 100;
}

interface SizeTargets {
  syncs: SizePoint[];
  builds: SizePoint[];
  build: boolean;
}

/** Generates one synthetic site, syncs it cold, and builds it when asked; a failure is this size's alone. */
async function measureSize(context: BenchContext, site: SyntheticSite, targets: SizeTargets): Promise<void> {
  const dir = join(context.workDir, `${site.repos}x${site.docsPerRepo}`);
  try {
    const mirrors = await writeSyntheticMirrors(site, dir);
    const workspace = await createSyncWorkspace(context.projectDir, mirrors.manifestFile, dir);
    await resetSyncWorkspace(workspace);
    const sync = await runSyncMeasured(workspace, insteadOfEnv(mirrors.baseUrl, context.env), SYNC_TIME_LIMIT_MS);
    targets.syncs.push({ ...site, docs: mirrors.docs, wallMs: sync.wallMs, pipelineMs: sync.pipelineMs, peakTreeRssBytes: sync.peakTreeRssBytes });
    context.log(`${site.repos} × ${site.docsPerRepo}: sync ${Math.round(sync.wallMs)} ms`);
    if (!targets.build) return;
    const siteDir = await prepareSiteCopy(context.projectDir, join(dir, 'site'));
    await clearSiteCaches(siteDir);
    const build = await runSiteBuildMeasured({ projectDir: context.projectDir, siteDir, contentDir: workspace.contentDir, reportFile: workspace.reportFile, outDir: join(dir, 'build') }, context.env);
    targets.builds.push({ ...site, docs: mirrors.docs, wallMs: build.wallMs, peakTreeRssBytes: build.peakTreeRssBytes });
    context.log(`${site.repos} × ${site.docsPerRepo}: site build ${Math.round(build.wallMs)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true }); // the largest sizes take gigabytes on disk
  }
}
