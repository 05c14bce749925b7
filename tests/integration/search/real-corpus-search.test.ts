/**
 * Search on the real SCS corpus: synced (through insteadOf) and built with `docusaurus build` in a temp
 * folder, then the Algolia records and the local index are checked. Skipped without ../shared/corpus.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import { collectDocSearchRecords } from '../../../src/site/search/algolia/collect-docsearch-records.js';
import type { DocSearchRecord } from '../../../src/site/search/algolia/docsearch-record.js';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/manifest/sections.js';
import { readIndexedPageCount } from '../../../src/site/search/build-pagefind-index.js';
import { describeSourceRepo } from '../../../src/site/search/describe-search-page.js';
import { SITE_GENERATORS } from '../../../src/site/generators.js';
import { setEnv } from '../../helpers/git-env.js';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';
import { findCorpus, materializeCorpus } from '../corpus/corpus-location.js';

const PROJECT = resolve(import.meta.dirname, '..', '..', '..');
const corpus = findCorpus(PROJECT);
/** Folders made outside makeTempDir (the materialized corpus), removed after the tests. */
const cleanups: string[] = [];

async function syncRealCorpus(work: string): Promise<void> {
  const { env, mirrors } = materializeCorpus(corpus!);
  cleanups.push(mirrors);
  const restore = setEnv(env); // git, run by the sync, reads the redirect from the process environment
  copyFileSync(join(PROJECT, 'repos.yaml'), join(work, 'repos.yaml'));
  let output = '';
  const sink = { write: (text: string) => (output += text) };
  const args = ['--manifest', join(work, 'repos.yaml'), '--cache', join(work, 'cache'), '--content', join(work, 'content'), '--report', join(work, 'report.json')];
  const code = await runSyncCommand(args, { cwd: PROJECT, stdout: sink, stderr: sink, env: { ...process.env, CI: 'true' } }, { generators: SITE_GENERATORS }).finally(restore);
  if (code !== 0) throw new Error(`sync of the real corpus failed (exit ${code}):\n${output}`);
}

function buildSite(work: string): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SCS_CONTENT_DIR: join(work, 'content'),
    SCS_SYNC_REPORT: join(work, 'report.json'),
    DOCUSAURUS_GENERATED_FILES_DIR_NAME: join(work, 'generated'),
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  };
  for (const name of ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME']) delete env[name];
  const child = spawn('npx', ['docusaurus', 'build', '--out-dir', join(work, 'build')], { cwd: PROJECT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`docusaurus build failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

describe.skipIf(!corpus)('search on the real SCS corpus', () => {
  let work: string;
  let records: DocSearchRecord[];
  let pageCount: number;

  beforeAll(async () => {
    work = makeTempDir('scs-search-');
    await syncRealCorpus(work);
    await buildSite(work);
    ({ records, pageCount } = await collectDocSearchRecords(join(work, 'build'), 'https://docs.scs.community'));
  }, 600_000);
  afterAll(() => {
    removeTempDirs();
    for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the same doc pages locally and for Algolia: every synced markdown page', async () => {
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { sources: { id: string; status: string; files: { to: string }[] }[] };
    expect(report.sources.filter((s) => s.status !== 'synced').map((s) => `${s.id}: ${s.status}`)).toEqual([]);
    const markdownPages = report.sources.flatMap((s) => s.files).filter((f) => /\.mdx?$/.test(f.to)).length;
    expect(markdownPages).toBeGreaterThan(200);
    expect(pageCount).toBeGreaterThanOrEqual(markdownPages);
    const counts = await Promise.all(pagefindIndexes(work).map((dir) => readIndexedPageCount(dir)));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(pageCount);
  });

  it('finds the flavor naming standard with its sections, source repo and contextual-search tag', () => {
    const standard = records.filter((r) => r.url_without_anchor === 'https://docs.scs.community/standards/scs-0100-v3-flavor-naming');
    expect(standard[0]).toMatchObject({
      type: 'lvl1',
      hierarchy: { lvl0: 'Standards', lvl1: 'SCS Flavor Naming Standard' },
      source: 'SovereignCloudStack/standards',
      docusaurus_tag: 'docs-standards-current',
      language: 'en',
    });
    expect(standard.filter((r) => r.type === 'lvl2').length).toBeGreaterThan(3);
    expect(standard.some((r) => r.content?.includes('SCS-'))).toBe(true);
  });

  it('names the upstream repo of every aggregated page in its records', () => {
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as { sources: { repo: string; files: { route?: string }[] }[] };
    const sourceByUrl = new Map(records.map((r) => [r.url_without_anchor.replace(/\/$/, ''), r.source]));
    const wrong: string[] = [];
    for (const source of report.sources) {
      for (const { route } of source.files.filter((f) => f.route)) {
        const url = `https://docs.scs.community${route!.replace(/\/$/, '')}`;
        if (sourceByUrl.get(url) !== describeSourceRepo(source.repo)) wrong.push(`${url}: ${String(sourceByUrl.get(url))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps every record within Algolia\'s size limit, with a unique id and an anchor that exists on its page', () => {
    expect(Math.max(...records.map((r) => Buffer.byteLength(JSON.stringify(r))))).toBeLessThan(10_000);
    expect(new Set(records.map((r) => r.objectID)).size).toBe(records.length);
    const builtHtml = (url: string) => readFileSync(join(work, 'build', new URL(url).pathname, 'index.html'), 'utf8');
    const sample = records.filter((r) => r.anchor).filter((_, i) => i % 97 === 0);
    for (const record of sample) expect(builtHtml(record.url_without_anchor), record.url).toContain(`id=${record.anchor}`);
  });

  it('writes no page of the local index without doc content (navbar-only pages are left out)', () => {
    const fragments = pagefindIndexes(work).map((dir) => readdirSync(join(dir, 'fragment')).length);
    expect(fragments.reduce((sum, count) => sum + count, 0)).toBe(pageCount);
  });
});

/** One search index per language: the default language's at the root of the build, each other one in its folder. */
function pagefindIndexes(work: string): string[] {
  return LOCALES.map((locale) => join(work, 'build', ...(locale === DEFAULT_LOCALE ? [] : [locale]), 'pagefind'));
}
