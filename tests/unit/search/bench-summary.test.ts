import { describe, expect, it } from 'vitest';
import type { BenchResults } from '../../../src/site/search/bench/bench-results.js';
import { formatBytes, formatSummaryTable } from '../../../src/site/search/bench/format-bench-table.js';
import { isAcceptedPage, listTopPages, toPagePath } from '../../../src/site/search/bench/query-set.js';
import { judgeGoals, judgeQuery, median, summarizeEngine, type QueryResult } from '../../../src/site/search/bench/summarize-bench.js';

const measurement = (bytes: number, ms: number, urls: string[]) => ({ bytes, ms, urls, files: [] });

describe('the benchmark\'s answer check', () => {
  it('reads result URLs as pages, absolute or not, with or without trailing slash and anchor', () => {
    expect(toPagePath('https://docs.example/standards/scs-0100/#motivation')).toBe('/standards/scs-0100');
    expect(toPagePath('/docs/a/index.html')).toBe('/docs/a');
    expect(listTopPages(['/a#x', '/a#y', '/b/', '/c', '/d'], 3)).toEqual(['/a', '/b', '/c']);
  });

  it('accepts a listed page or any page below a `/*` entry', () => {
    expect(isAcceptedPage('/docs/csctl/overview', ['/docs/csctl/*'])).toBe(true);
    expect(isAcceptedPage('/docs/csctl', ['/docs/csctl/*'])).toBe(false);
    expect(isAcceptedPage('/standards/scs-0100-v3', ['/standards/scs-0100-v3'])).toBe(true);
  });

  it('counts a query as answered only when an accepted page is among the first three pages', () => {
    const query = { query: 'q', accept: ['/right'] };
    expect(judgeQuery(query, measurement(1, 1, ['/a', '/b#x', '/b#y', '/right'])).found).toBe(true);
    expect(judgeQuery(query, measurement(1, 1, ['/a', '/b', '/c', '/right'])).found).toBe(false);
  });
});

describe('the benchmark summary', () => {
  const results: QueryResult[] = [100, 300, 200].map((bytes, i) => ({
    query: `q${i}`,
    accept: ['/x'],
    engines: {
      pagefind: judgeQuery({ query: 'q', accept: ['/x'] }, measurement(bytes, 10 * (i + 1), i === 2 ? ['/y'] : ['/x'])),
      lunr: judgeQuery({ query: 'q', accept: ['/x'] }, measurement(5000, 100, ['/x'])),
    },
  }));
  const pagefind = summarizeEngine(results, 'pagefind', { bytes: 900, gzipBytes: 800 });
  const lunr = summarizeEngine(results, 'lunr', { bytes: 4000, gzipBytes: 1000 });

  it('takes the median and the worst query of each engine', () => {
    expect(pagefind).toMatchObject({ medianBytes: 200, maxBytes: 300, medianMs: 20, maxMs: 30, found: 2 });
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('measures the worst first query against the lunr index, and wants every query answered', () => {
    expect(judgeGoals(pagefind, lunr, results.length)).toEqual({ bytesRatio: 0.075, bytesGoalMet: false, allFound: false });
    expect(judgeGoals({ ...pagefind, maxBytes: 200, found: 3 }, lunr, 3)).toEqual({ bytesRatio: 0.05, bytesGoalMet: true, allFound: true });
  });

  it('prints the comparison and the verdict', () => {
    const bench = {
      queries: results,
      engines: { pagefind: { ...pagefind, maxGzipBytes: 250 }, lunr: { ...lunr, maxGzipBytes: 1200 } },
      goals: judgeGoals(pagefind, lunr, results.length),
    } as unknown as BenchResults;
    expect(formatSummaryTable(bench)).toMatchInlineSnapshot(`
      "                         pagefind  lunr (baseline)
      index on disk            900 B     3.9 KB
      index on disk, gzip      800 B     1000 B
      first query, median      200 B     4.9 KB
      first query, max         300 B     4.9 KB
      first query, max, gzip   250 B     1.2 KB
      time to results, median  20 ms     100 ms
      time to results, max     30 ms     100 ms
      right page in top 3      2/3       3/3

      first-query bytes: 7.5% of the lunr index (goal ≤ 5%): NOT met
      every query answered in the top 3: NOT met"
    `);
  });

  it('shows sizes in B, KB and MB', () => {
    expect([formatBytes(900), formatBytes(2048), formatBytes(5 * 1024 * 1024)]).toEqual(['900 B', '2.0 KB', '5.00 MB']);
  });
});
