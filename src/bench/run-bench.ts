import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext, BenchPlan } from './bench-context.js';
import { findCorpus, materializeCorpus, type CorpusMirrors } from './corpus-mirrors.js';
import { findDialects, measureToolchainThroughput } from './scenarios/toolchain-throughput.js';
import { currentLoad, describeThisMachine } from './machine-info.js';
import { measureBulkCodeSync } from './scenarios/bulk-code-sync.js';
import { measureColdSync } from './scenarios/cold-sync.js';
import { readSearchFigures } from './scenarios/external-figures.js';
import { measurePreviewLatency } from './scenarios/preview-latency.js';
import { measureFullBuild } from './scenarios/full-build.js';
import { measureIncrementalSync } from './scenarios/incremental-sync.js';
import { measureOldSiteSideBySide } from './scenarios/old-site.js';
import { measureRemoteLatency } from './scenarios/remote-latency.js';
import { measureScale } from './scenarios/scale.js';
import { measureTransformThroughput } from './scenarios/transform-throughput.js';
import type { BenchResults, ScenarioResult } from './types.js';

export interface BenchIo {
  projectDir: string;
  env: NodeJS.ProcessEnv;
  log(line: string): void;
  now(): Date;
  /** Keep the scratch folders (for a look at what was synced and built). */
  keep: boolean;
  /** Scenario numbers to run; all when empty. */
  only: readonly string[];
}

interface Step {
  ids: string[];
  title: string;
  needsCorpus: boolean;
  /** Why it does not run in this plan, if it does not. */
  notInPlan?: string;
  run(context: BenchContext): Promise<ScenarioResult | ScenarioResult[]>;
}

function planSteps(plan: BenchPlan, corpusBase: () => string): Step[] {
  return [
    { ids: ['1'], title: 'cold sync, real corpus', needsCorpus: true, run: (c) => measureColdSync(c, { id: '1', title: 'cold sync, real corpus', baseUrl: corpusBase(), pairs: plan.coldPairs, goalRatio: 0.2 }) },
    { ids: ['1b'], title: 'cold sync, repos with bulk code', needsCorpus: true, notInPlan: plan.mode === 'quick' ? 'full mode only (npm run bench)' : undefined, run: (c) => measureBulkCodeSync(c, plan.coldPairs, plan.latencyMs) },
    { ids: ['2', '3'], title: 'no-op sync / one source changed', needsCorpus: true, run: (c) => measureIncrementalSync(c, { noop: plan.noopRuns, change: plan.changeRuns }) },
    { ids: ['4'], title: 'transform throughput', needsCorpus: false, run: () => measureTransformThroughput(plan.throughput, plan.throughput.passes) },
    { ids: ['5'], title: 'full build, real corpus', needsCorpus: true, notInPlan: plan.fullBuild ? undefined : 'full mode only (npm run bench)', run: (c) => measureFullBuild(c) },
    { ids: ['6'], title: `remote, ${plan.latencyMs} ms per request`, needsCorpus: true, run: (c) => measureRemoteLatency(c, plan.latencyPairs, plan.latencyMs) },
    { ids: ['7'], title: 'scale (synthetic repos)', needsCorpus: false, run: (c) => measureScale(c, plan.syncSizes, plan.buildSizes) },
    { ids: ['8a'], title: 'search bytes and time', needsCorpus: false, run: (c) => readSearchFigures(c) },
    {
      ids: ['9'],
      title: 'toolchain conversion',
      needsCorpus: false,
      run: async (c) => {
        const dialects = findDialects(c.projectDir, c.env);
        if (!dialects) return { id: '9', title: 'toolchain conversion', rows: [], data: {}, skipped: 'no toolchain samples (../shared/dialects, or set SCS_DIALECTS_DIR)' };
        return measureToolchainThroughput(c, dialects, plan.mode === 'quick' ? 1 : 3);
      },
    },
    {
      ids: ['10'],
      title: 'old site side by side',
      needsCorpus: true,
      notInPlan: plan.oldSiteRounds > 0 ? undefined : 'full mode only (npm run bench)',
      run: async (c) => {
        const dialects = findDialects(c.projectDir, c.env);
        if (!dialects) return { id: '10', title: 'old site side by side', rows: [], data: {}, skipped: 'no old site to build (../shared/dialects, or set SCS_DIALECTS_DIR)' };
        return measureOldSiteSideBySide(c, dialects, plan.oldSiteRounds);
      },
    },
    { ids: ['8b'], title: 'preview start and edit-to-page, real corpus', needsCorpus: true, notInPlan: plan.mode === 'quick' ? 'full mode only (npm run bench)' : undefined, run: (c) => measurePreviewLatency(c) },
  ];
}

/** Runs every scenario of the plan in its own scratch folder; a scenario that breaks is recorded, the others still run. */
export async function runBench(plan: BenchPlan, io: BenchIo): Promise<BenchResults> {
  const startedAt = io.now();
  const machine = await describeThisMachine();
  const workRoot = await mkdtemp(join(tmpdir(), 'scs-bench-'));
  const scenarios: ScenarioResult[] = [];
  try {
    let corpus: CorpusMirrors | undefined;
    const selected = planSteps(plan, () => corpus!.baseUrl).filter((step) => io.only.length === 0 || step.ids.some((id) => io.only.includes(id)));
    if (selected.some((step) => step.needsCorpus && step.notInPlan === undefined)) corpus = await prepareCorpus(io, workRoot);
    for (const step of selected) {
      const skipped = step.notInPlan ?? (step.needsCorpus && !corpus ? 'no real corpus (../shared/corpus, or set SCS_CORPUS_DIR)' : undefined);
      if (skipped) {
        scenarios.push(...step.ids.map((id) => ({ id, title: step.title, rows: [], data: {}, skipped })));
        continue;
      }
      io.log(`== ${step.ids.join(', ')} ${step.title}`);
      const workDir = join(workRoot, step.ids.join('-'));
      await mkdir(workDir, { recursive: true });
      const context: BenchContext = { projectDir: io.projectDir, workDir, env: io.env, corpus, log: (line) => io.log(`   ${line}`) };
      try {
        const result = await step.run(context);
        scenarios.push(...(Array.isArray(result) ? result : [result]));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.log(`   failed: ${message}`);
        scenarios.push(...step.ids.map((id) => ({ id, title: step.title, rows: [], data: {}, error: message })));
      } finally {
        if (!io.keep) await rm(workDir, { recursive: true, force: true });
      }
    }
  } finally {
    if (io.keep) io.log(`scratch folders kept in ${workRoot}`);
    else await rm(workRoot, { recursive: true, force: true });
  }
  return { version: 1, mode: plan.mode, startedAt: startedAt.toISOString(), finishedAt: io.now().toISOString(), machine: { ...machine, loadAtEnd: currentLoad() }, scenarios };
}

async function prepareCorpus(io: BenchIo, workRoot: string): Promise<CorpusMirrors | undefined> {
  const corpusDir = findCorpus(io.projectDir, io.env);
  if (!corpusDir) {
    io.log('no real corpus beside the project (../shared/corpus; or set SCS_CORPUS_DIR): scenarios 1, 2, 3, 5, 6 and 10 are skipped');
    return undefined;
  }
  io.log(`materializing the real corpus from ${corpusDir}`);
  return materializeCorpus(corpusDir, join(workRoot, 'corpus'));
}
