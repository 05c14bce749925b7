import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import { commitUpstreamChange, listMarkdownFiles } from '../commit-upstream-change.js';
import { copyMirrors } from '../corpus-mirrors.js';
import { formatCostCells } from '../format-table.js';
import { formatDuration } from '../format-units.js';
import { insteadOfEnv } from '../run-git.js';
import { summarizeSamples } from '../statistics.js';
import { createSyncWorkspace, resetSyncWorkspace, runSyncMeasured, type SyncRun } from '../sync-workspace.js';
import type { ScenarioResult } from '../types.js';

const CHANGED_REPO = 'SovereignCloudStack/standards';
const NOOP_GOAL_MS = 500;

/**
 * 2 and 3. After a cold sync of the project's repos.yaml (its own pages read from the project's working tree, the
 * rest from the corpus mirrors): syncs where nothing changed, then syncs after one commit in one repo (made in a
 * copy of the mirrors, so the materialized corpus stays as it is).
 */
export async function measureIncrementalSync(context: BenchContext, runs: { noop: number; change: number }): Promise<ScenarioResult[]> {
  const mirrors = await copyMirrors(context.corpus!, join(context.workDir, 'mirrors'));
  const env = insteadOfEnv(mirrors.baseUrl, context.env);
  const workspace = await createSyncWorkspace(context.projectDir, join(context.projectDir, 'repos.yaml'), join(context.workDir, 'sync'));
  await resetSyncWorkspace(workspace);
  await runSyncMeasured(workspace, env);
  const noop: SyncRun[] = [];
  for (let i = 0; i < runs.noop; i++) noop.push(await runSyncMeasured(workspace, env));
  context.log(`no-op: ${noop.map((r) => formatDuration(r.wallMs)).join(', ')}`);
  const bareRepo = join(mirrors.root, CHANGED_REPO);
  const [path] = (await listMarkdownFiles(bareRepo, 'Standards/scs-')).slice(-1);
  if (path === undefined) throw new Error(`no Standards/scs-*.md in ${CHANGED_REPO} to change`);
  const change: SyncRun[] = [];
  for (let i = 0; i < runs.change; i++) {
    await commitUpstreamChange(bareRepo, path, join(context.workDir, 'upstream-checkout'), `bench ${i + 1}`);
    change.push(await runSyncMeasured(workspace, env));
  }
  context.log(`one change: ${change.map((r) => formatDuration(r.wallMs)).join(', ')}`);
  const fastPath = noop.filter((run) => run.unchanged).length;
  // a no-op that ran the whole pipeline (some input looked changed) would hide in the median
  const noopNotes = [`${fastPath} of ${noop.length} no-op runs stopped after resolving refs ("nothing changed since the last sync")`];
  return [{ ...summarizeRuns('2', 'no-op sync', noop, 'nothing changed upstream'), notes: noopNotes }, { ...summarizeRuns('3', 'one source changed', change, `one new commit in ${CHANGED_REPO}`), notes: [`each run follows one commit that adds a paragraph to ${path}`] }];
}

function summarizeRuns(id: string, title: string, runs: SyncRun[], what: string): ScenarioResult {
  const wall = summarizeSamples(runs.map((r) => r.wallMs));
  const pipeline = summarizeSamples(runs.map((r) => r.pipelineMs));
  const peak = Math.max(...runs.map((r) => r.peakTreeRssBytes));
  const noopGoal = id === '2';
  return {
    id,
    title,
    rows: [
      { scenario: `${id} ${title}`, case: `npm run sync, ${what} (median of ${runs.length})`, ...formatCostCells({ wallMs: wall.median, peakTreeRssBytes: peak }), goal: noopGoal ? '≤ 0.5 s' : '', verdict: noopGoal ? (wall.median <= NOOP_GOAL_MS ? 'met' : 'missed') : '' },
      { scenario: '', case: '  of which the pipeline (without node start-up)', value: formatDuration(pipeline.median), memory: '', goal: noopGoal ? '≤ 0.5 s' : '', verdict: noopGoal ? (pipeline.median <= NOOP_GOAL_MS ? 'met' : 'missed') : '' },
    ],
    data: { runs, wallMs: wall, pipelineMs: pipeline },
  };
}
