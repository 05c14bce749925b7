/** Pure: the benchmark's results as the plain-text tables it prints. */
import type { BenchResults } from './bench-results.js';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function mark(found: boolean): string {
  return found ? 'yes' : 'NO';
}

export function formatQueryTable(results: BenchResults): string {
  const header = ['query', 'pagefind bytes', 'ms', 'top 3', 'lunr bytes', 'ms', 'top 3'];
  const rows = results.queries.map((q) => [
    q.query,
    formatBytes(q.engines.pagefind.bytes),
    String(Math.round(q.engines.pagefind.ms)),
    mark(q.engines.pagefind.found),
    formatBytes(q.engines.lunr.bytes),
    String(Math.round(q.engines.lunr.ms)),
    mark(q.engines.lunr.found),
  ]);
  return formatTable([header, ...rows]);
}

export function formatSummaryTable(results: BenchResults): string {
  const { pagefind, lunr } = results.engines;
  const rows = [
    ['', 'pagefind', 'lunr (baseline)'],
    ['index on disk', formatBytes(pagefind.indexBytes), formatBytes(lunr.indexBytes)],
    ['index on disk, gzip', formatBytes(pagefind.indexGzipBytes), formatBytes(lunr.indexGzipBytes)],
    ['first query, median', formatBytes(pagefind.medianBytes), formatBytes(lunr.medianBytes)],
    ['first query, max', formatBytes(pagefind.maxBytes), formatBytes(lunr.maxBytes)],
    ['first query, max, gzip', formatBytes(pagefind.maxGzipBytes), formatBytes(lunr.maxGzipBytes)],
    ['time to results, median', `${pagefind.medianMs} ms`, `${lunr.medianMs} ms`],
    ['time to results, max', `${pagefind.maxMs} ms`, `${lunr.maxMs} ms`],
    ['right page in top 3', `${pagefind.found}/${results.queries.length}`, `${lunr.found}/${results.queries.length}`],
  ];
  const { goals } = results;
  const verdict = [
    `first-query bytes: ${(goals.bytesRatio * 100).toFixed(1)}% of the lunr index (goal ≤ 5%): ${goals.bytesGoalMet ? 'met' : 'NOT met'}`,
    `every query answered in the top 3: ${goals.allFound ? 'met' : 'NOT met'}`,
  ];
  return `${formatTable(rows)}\n\n${verdict.join('\n')}`;
}
