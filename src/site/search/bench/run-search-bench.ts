/**
 * `npm run bench:search`: measures the local search (Pagefind) against the lunr baseline on a built site
 * (the real corpus: `npm run build` first), writes bench-results-search.json and prints the tables.
 * Exit code 1 when a goal is not met, 2 on bad usage or a site without index.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { EXCERPT_WORDS, RESULTS_PAGE_SIZE } from '../client/pagefind-api.js';
import type { BenchResults } from './bench-results.js';
import type { SearchEngine } from './browser-probes.js';
import { formatQueryTable, formatSummaryTable } from './format-bench-table.js';
import { measureCompressedBytes } from './measure-compressed-bytes.js';
import { DEFAULT_NETWORK, measureQuery, type MeasureOptions } from './measure-query.js';
import { prepareBenchSite, type BenchSite } from './prepare-bench-site.js';
import { BENCH_QUERIES } from './query-set.js';
import { serveStatic } from './serve-static.js';
import { judgeGoals, judgeQuery, summarizeEngine, type QueryResult } from './summarize-bench.js';

export interface BenchIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now: () => Date;
}

const ENGINES: readonly SearchEngine[] = ['pagefind', 'lunr'];

async function measureAll(options: MeasureOptions): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of BENCH_QUERIES) {
    const pagefind = judgeQuery(query, await measureQuery('pagefind', query.query, options));
    const lunr = judgeQuery(query, await measureQuery('lunr', query.query, options));
    results.push({ query: query.query, accept: query.accept, engines: { pagefind, lunr } });
  }
  return results;
}

async function summarize(site: BenchSite, siteDir: string, queries: QueryResult[], io: BenchIo): Promise<BenchResults> {
  const sizes = { pagefind: site.pagefindSize, lunr: site.lunrSize };
  const engines = Object.fromEntries(
    await Promise.all(
      ENGINES.map(async (engine) => {
        const gzip = await Promise.all(queries.map((q) => measureCompressedBytes(q.engines[engine].files, siteDir, site.extraFiles)));
        return [engine, { ...summarizeEngine(queries, engine, sizes[engine]), maxGzipBytes: Math.max(0, ...gzip) }];
      }),
    ),
  ) as BenchResults['engines'];
  return {
    date: io.now().toISOString(),
    site: siteDir,
    pages: site.pageCount,
    lunrSections: site.sectionCount,
    network: DEFAULT_NETWORK,
    resultsLoaded: RESULTS_PAGE_SIZE,
    engines,
    goals: judgeGoals(engines.pagefind, engines.lunr, queries.length),
    queries,
  };
}

async function bench(siteDir: string, out: string, io: BenchIo): Promise<BenchResults> {
  const site = await prepareBenchSite(siteDir);
  const server = await serveStatic(siteDir, site.extraFiles);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: io.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    io.stdout.write(`bench:search: ${BENCH_QUERIES.length} queries on ${site.pageCount} pages, ${DEFAULT_NETWORK.name}…\n`);
    const queries = await measureAll({ browser, server, network: DEFAULT_NETWORK, limit: RESULTS_PAGE_SIZE, excerptWords: EXCERPT_WORDS });
    const results = await summarize(site, siteDir, queries, io);
    await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}

export async function runSearchBench(argv: readonly string[], io: BenchIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { site: { type: 'string', default: 'build' }, out: { type: 'string', default: 'bench-results-search.json' } },
  });
  const siteDir = resolve(io.cwd, values.site);
  const out = resolve(io.cwd, values.out);
  let results: BenchResults;
  try {
    results = await bench(siteDir, out, io);
  } catch (error) {
    io.stderr.write(`bench:search: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout.write(`\n${formatQueryTable(results)}\n\n${formatSummaryTable(results)}\n\nwritten to ${values.out}\n`);
  return results.goals.bytesGoalMet && results.goals.allFound ? 0 : 1;
}
