/**
 * `npm run check:site -- --build build [--urls FILE] [--report sync-report.json]` (from the project root):
 * checks a built site the way a reader would find it. Every URL path in FILE (one per line; e.g. the old site's
 * URLs that readers bookmarked) must be served, as a page or a redirect; every page built from an upstream source
 * must link "Edit this page" to its upstream file and show "last updated". Exit 1 lists every failure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { checkAggregatedPage, readPageFacts } from '../src/site/site-checks/check-page-html.js';
import { loadSyncReport } from '../src/site/site-checks/load-sync-report.js';
import { findUnservedPaths, resolvesInBuild } from '../src/site/site-checks/resolve-built-path.js';

const { values } = parseArgs({
  options: { build: { type: 'string', default: 'build' }, urls: { type: 'string' }, report: { type: 'string', default: 'sync-report.json' } },
});
const built = new Set(await listFiles(values.build));
const failures: string[] = [];

if (values.urls) {
  const paths = (await readFile(values.urls, 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('/'));
  const unserved = findUnservedPaths(paths, built);
  failures.push(...unserved.map((path) => `${path}: not served (no page and no redirect)`));
  console.log(`check-site: ${paths.length - unserved.length} of ${paths.length} URLs of ${values.urls} resolve`);
}

const report = await loadSyncReport(values.report);
let pages = 0;
for (const source of report?.sources.filter((s) => s.id !== 'site') ?? []) {
  for (const file of source.files.filter((f) => f.route !== undefined)) {
    const route = file.route!;
    if (!resolvesInBuild(route, built)) {
      failures.push(`${route} (${source.id} ${file.from}): page missing from the build`);
      continue;
    }
    pages++;
    const html = await readFile(join(values.build, route.replace(/^\/|\/$/g, ''), 'index.html'), 'utf8').catch(() => '');
    // `to` is relative to the project root the sync ran in
    const editUrl = matter(await readFile(resolve(file.to), 'utf8')).data.custom_edit_url as string | undefined;
    for (const problem of checkAggregatedPage(readPageFacts(html), editUrl)) failures.push(`${route} (${source.id} ${file.from}): ${problem}`);
  }
}
console.log(`check-site: ${pages} aggregated pages checked for edit link and last updated`);
for (const failure of failures) console.log(`  ${failure}`);
console.log(failures.length === 0 ? 'check-site: ok' : `check-site: ${failures.length} problems`);
process.exitCode = failures.length === 0 ? 0 : 1;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}
