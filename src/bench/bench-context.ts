import type { CorpusMirrors } from './corpus-mirrors.js';

/** What every scenario needs: where the project is, a scratch folder of its own, and the environment to run in. */
export interface BenchContext {
  projectDir: string;
  /** Scratch folder of this scenario (created by the runner, removed afterwards). */
  workDir: string;
  env: NodeJS.ProcessEnv;
  /** The materialized real corpus, when it is available. */
  corpus?: CorpusMirrors;
  /** Prints one line of progress. */
  log(line: string): void;
}

/** How much each scenario does: `quick` keeps the whole run under two minutes for CI. */
export interface BenchPlan {
  mode: 'full' | 'quick';
  /** A B A B pairs of ours against the baseline (local mirrors). */
  coldPairs: number;
  /** Same, with every request of the served mirrors delayed. */
  latencyPairs: number;
  latencyMs: number;
  noopRuns: number;
  changeRuns: number;
  throughput: { repos: number; docsPerRepo: number; passes: number };
  fullBuild: boolean;
  /** Rounds of ours, the old site, the old site with Faster (0: not run). */
  oldSiteRounds: number;
  /** Synthetic sites to sync (sync plus transform). */
  syncSizes: { repos: number; docsPerRepo: number }[];
  /** Synthetic sites to sync and build. */
  buildSizes: { repos: number; docsPerRepo: number }[];
}

export const FULL_PLAN: BenchPlan = {
  mode: 'full',
  coldPairs: 3,
  latencyPairs: 2,
  latencyMs: 50,
  noopRuns: 5,
  changeRuns: 3,
  throughput: { repos: 10, docsPerRepo: 100, passes: 5 },
  fullBuild: true,
  oldSiteRounds: 2,
  syncSizes: [
    { repos: 10, docsPerRepo: 100 },
    { repos: 100, docsPerRepo: 100 },
    { repos: 100, docsPerRepo: 1000 },
  ],
  buildSizes: [
    { repos: 10, docsPerRepo: 100 },
    { repos: 50, docsPerRepo: 100 },
  ],
};

export const QUICK_PLAN: BenchPlan = {
  mode: 'quick',
  coldPairs: 1,
  latencyPairs: 1,
  latencyMs: 50,
  noopRuns: 3,
  changeRuns: 1,
  throughput: { repos: 4, docsPerRepo: 50, passes: 3 },
  fullBuild: false,
  oldSiteRounds: 0,
  syncSizes: [
    { repos: 2, docsPerRepo: 50 },
    { repos: 5, docsPerRepo: 100 },
  ],
  buildSizes: [],
};
