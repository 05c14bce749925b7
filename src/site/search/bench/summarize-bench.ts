/** Pure: per-query measurements → the benchmark's summary, its goals, and whether they are met. */
import type { SearchEngine } from './browser-probes.js';
import type { QueryMeasurement } from './measure-query.js';
import { isAcceptedPage, listTopPages, type BenchQuery } from './query-set.js';

/** The goals of the issue: first-query bytes at most 5% of the lunr index; every query answered. */
export const BYTES_GOAL_RATIO = 0.05;
export const TOP_RESULTS_CHECKED = 3;

export interface EngineQueryResult extends QueryMeasurement {
  top: string[];
  found: boolean;
}

export interface QueryResult {
  query: string;
  accept: readonly string[];
  engines: Record<SearchEngine, EngineQueryResult>;
}

export interface EngineSummary {
  /** Bytes of the index on disk (all files a search may load), and gzip-compressed. */
  indexBytes: number;
  indexGzipBytes: number;
  medianBytes: number;
  maxBytes: number;
  medianMs: number;
  maxMs: number;
  found: number;
}

export interface IndexSize {
  bytes: number;
  gzipBytes: number;
}

export function judgeQuery(query: BenchQuery, measurement: QueryMeasurement): EngineQueryResult {
  const top = listTopPages(measurement.urls, TOP_RESULTS_CHECKED);
  return { ...measurement, top, found: top.some((page) => isAcceptedPage(page, query.accept)) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarizeEngine(results: readonly QueryResult[], engine: SearchEngine, size: IndexSize): EngineSummary {
  const own = results.map((result) => result.engines[engine]);
  return {
    indexBytes: size.bytes,
    indexGzipBytes: size.gzipBytes,
    medianBytes: median(own.map((r) => r.bytes)),
    maxBytes: Math.max(0, ...own.map((r) => r.bytes)),
    medianMs: Math.round(median(own.map((r) => r.ms))),
    maxMs: Math.round(Math.max(0, ...own.map((r) => r.ms))),
    found: own.filter((r) => r.found).length,
  };
}

export interface BenchGoals {
  /** The largest first-query download of the local search, as a share of the lunr index download. */
  bytesRatio: number;
  bytesGoalMet: boolean;
  allFound: boolean;
}

/**
 * Compares the worst first query of the local search (with its library and WebAssembly) with the lunr
 * index of the same pages (index and documents, without the lunr library).
 */
export function judgeGoals(pagefind: EngineSummary, lunr: EngineSummary, queryCount: number): BenchGoals {
  const bytesRatio = lunr.indexBytes > 0 ? pagefind.maxBytes / lunr.indexBytes : Number.POSITIVE_INFINITY;
  return { bytesRatio, bytesGoalMet: bytesRatio <= BYTES_GOAL_RATIO, allFound: pagefind.found === queryCount };
}
