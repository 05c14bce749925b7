/** The shape of bench-results-search.json. */
import type { NetworkProfile } from './measure-query.js';
import type { BenchGoals, EngineSummary, QueryResult } from './summarize-bench.js';

export interface EngineResults extends EngineSummary {
  /** The largest first-query download if the host compresses what it can (gzip). */
  maxGzipBytes: number;
}

export interface BenchResults {
  date: string;
  site: string;
  pages: number;
  lunrSections: number;
  network: NetworkProfile;
  resultsLoaded: number;
  engines: { pagefind: EngineResults; lunr: EngineResults };
  goals: BenchGoals;
  queries: QueryResult[];
}
