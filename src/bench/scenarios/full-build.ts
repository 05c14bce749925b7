import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import type { DocusaurusPhases } from '../docusaurus-phases.js';
import { formatCostCells } from '../format-table.js';
import { insteadOfEnv } from '../run-git.js';
import { clearSiteCaches, runSiteBuildMeasured } from '../site-build.js';
import { prepareSiteCopy } from '../site-copy.js';
import { createSyncWorkspace, resetSyncWorkspace, runSyncMeasured, type SyncWorkspace } from '../sync-workspace.js';
import type { BenchRow, RunCost, ScenarioResult } from '../types.js';

const GOAL_MS = 25_000;
const GOAL_BYTES = 1.4e9;

/** One `npm run build`: its two steps, and where the site build's time went. */
export interface BuildRound {
  sync: RunCost;
  site: RunCost;
  phases?: DocusaurusPhases;
  searchIndexMs?: number;
}

/** 5. `npm run build` of the real corpus: sync plus site, from nothing, then again with every cache warm. */
export async function measureFullBuild(context: BenchContext): Promise<ScenarioResult> {
  const env = insteadOfEnv(context.corpus!.baseUrl, context.env);
  const workspace = await createSyncWorkspace(context.projectDir, join(context.projectDir, 'repos.yaml'), join(context.workDir, 'sync'));
  const siteDir = await prepareSiteCopy(context.projectDir, join(context.workDir, 'site'));
  await resetSyncWorkspace(workspace);
  await clearSiteCaches(siteDir);
  const cold = await buildOnce(workspace, siteDir, env, join(context.workDir, 'build'));
  context.log(`cold: sync ${Math.round(cold.sync.wallMs)} ms, site ${Math.round(cold.site.wallMs)} ms`);
  const warm = await buildOnce(workspace, siteDir, env, join(context.workDir, 'build'));
  context.log(`warm: sync ${Math.round(warm.sync.wallMs)} ms, site ${Math.round(warm.site.wallMs)} ms`);
  return {
    id: '5',
    title: 'full build, real corpus',
    rows: [...roundRows('cold (no clone, derived or bundler cache)', cold, true), ...roundRows('warm (all caches from the cold run)', warm, false)],
    data: { cold, warm },
    notes: ['peak memory of a whole build is the larger of its two steps (they run one after the other).'],
  };
}

/** `npm run build` (sync, then build:site) of the workspace's manifest into a site copy, each step measured. */
export async function buildOnce(workspace: SyncWorkspace, siteDir: string, env: NodeJS.ProcessEnv, outDir: string): Promise<BuildRound> {
  const sync = await runSyncMeasured(workspace, env);
  const site = await runSiteBuildMeasured({ projectDir: workspace.projectDir, siteDir, contentDir: workspace.contentDir, reportFile: workspace.reportFile, outDir }, env);
  return {
    sync: { wallMs: sync.wallMs, peakTreeRssBytes: sync.peakTreeRssBytes },
    site: { wallMs: site.wallMs, peakTreeRssBytes: site.peakTreeRssBytes },
    phases: site.phases,
    searchIndexMs: site.searchIndexMs,
  };
}

function roundRows(what: string, round: BuildRound, withGoal: boolean): BenchRow[] {
  const total = { wallMs: round.sync.wallMs + round.site.wallMs, peakTreeRssBytes: Math.max(round.sync.peakTreeRssBytes, round.site.peakTreeRssBytes) };
  const met = total.wallMs <= GOAL_MS && total.peakTreeRssBytes <= GOAL_BYTES;
  return [
    { scenario: withGoal ? '5 full build, real corpus' : '', case: `${what}: sync + site`, ...formatCostCells(total), goal: withGoal ? '< 25 s, ≤ 1.4 GB' : '', verdict: withGoal ? (met ? 'met' : 'missed') : '' },
    { scenario: '', case: '  sync', ...formatCostCells(round.sync), goal: '', verdict: '' },
    { scenario: '', case: '  docusaurus build (Faster: Rspack, SWC)', ...formatCostCells(round.site), goal: '', verdict: '' },
  ];
}
