import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import { formatBytes, formatDuration } from '../format-units.js';
import type { BenchRow, ScenarioResult } from '../types.js';

const SEARCH_RESULTS = 'bench-results-search.json';

/** 8a. The search benchmark's figures (`npm run bench:search` writes them), when it has been run. */
export async function readSearchFigures(context: BenchContext): Promise<ScenarioResult> {
  const file = join(context.projectDir, SEARCH_RESULTS);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const base = { id: '8a', title: 'search bytes and time' };
  if (text === undefined) return { ...base, rows: [], data: {}, skipped: `no ${SEARCH_RESULTS} (run npm run bench:search first)` };
  const results = JSON.parse(text) as unknown;
  const rows = listFigures(results).map(([key, value], i): BenchRow => ({ scenario: i === 0 ? '8a search' : '', case: key, value, memory: '', goal: '', verdict: '' }));
  return { ...base, rows, data: { file: SEARCH_RESULTS, results }, notes: [`figures from ${SEARCH_RESULTS} (npm run bench:search)`] };
}

/** Numbers whose name says bytes or milliseconds, anywhere in the search results, formatted. */
export function listFigures(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'number') {
    if (/bytes/i.test(path)) return [[path, formatBytes(value)]];
    if (/ms\b|Ms$|time/i.test(path)) return [[path, formatDuration(value)]];
    return [];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => listFigures(child, path === '' ? key : `${path}.${key}`));
}
