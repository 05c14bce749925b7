import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import { formatCostCells } from '../format-table.js';
import { formatRate } from '../format-units.js';
import { insteadOfEnv } from '../run-git.js';
import { clearSiteCaches, runSiteBuildMeasured } from '../site-build.js';
import { prepareSiteCopy } from '../site-copy.js';
import { describeGrowth, fitGrowth } from '../statistics.js';
import { createSyncWorkspace, resetSyncWorkspace, runSyncMeasured } from '../sync-workspace.js';
import type { SyntheticSite } from '../synthetic-layout.js';
import type { BenchRow, RunCost, ScenarioResult } from '../types.js';
import { writeSyntheticMirrors } from '../write-synthetic-repos.js';

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
  const rows: BenchRow[] = [...syncs.map((p, i) => syncRow(p, i === 0)), ...builds.map(buildRow), ...failures];
  if (rows[0] && rows[0].scenario === '') rows[0] = { ...rows[0], scenario: '7 scale (synthetic repos)' };
  const notes = [
    syncGrowth ? `sync time grows as docs^${syncGrowth.exponent.toFixed(2)}: ${describeGrowth(syncGrowth)}` : 'sync growth: fewer than two sizes',
    buildGrowth ? `site build time grows as pages^${buildGrowth.exponent.toFixed(2)}: ${describeGrowth(buildGrowth)}` : 'site build growth: fewer than two sizes built',
  ];
  return { id: '7', title: 'scale (synthetic repos)', rows, data: { syncs, builds, failures, syncGrowth, buildGrowth }, notes };
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
  return { scenario: '', case: `docusaurus build, ${point.docs} synthetic pages, cold`, ...formatCostCells(point), goal: '', verdict: '' };
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
