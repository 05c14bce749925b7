/**
 * The real manifest plus the five sample repos of other docs toolchains (../shared/dialects: Docusaurus, mdBook,
 * MkDocs, Jekyll, Hugo), synced through insteadOf and built with the site's build command, in a temp folder. The
 * site must build with every synced page a real page: the page check and the build's quarantine are safety nets,
 * so on this data nothing is quarantined. Skipped when the sample repos are not beside the project.
 */
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ToolchainName } from '../../../src/toolchains/types.js';
import type { SiteNav, SiteNavItem } from '../../../src/write/nav-files.js';
import type { SyncReport } from '../../../src/report/types.js';
import type { SourcesApi } from '../../../src/site/api/build-sources-api.js';
import type { StandardsApi } from '../../../src/site/standards/standards-api-types.js';
import { validateApiData } from '../../helpers/api-schemas.js';
import { buildSiteInto, readReport, syncInto } from '../../helpers/site-build.js';
import { findCorpus, findDialects, materializeCorpus } from './corpus-location.js';

const project = resolve(import.meta.dirname, '..', '..', '..');
const corpus = findCorpus(project);
const dialects = findDialects(project);
const DIALECT_SOURCES = ['old-site', 'capz', 'external-secrets', 'jekyll', 'kind'];

/** What each toolchain writes that must never reach a reader as text (code blocks and inline code aside). */
const RAW_CONSTRUCTS: Record<ToolchainName, RegExp[]> = {
  gfm: [],
  mkdocs: [/!!! \w/, /\?\?\?\+? \w/, /=== "/, /--8<--/, /\{%-? /, /\{\{ /],
  mdbook: [/\{\{\s*#\w/],
  docusaurus: [/import \w+ from ['"]/, /<\/?(Tabs|TabItem|Admonition)\b/],
  jekyll: [/\{%-? /, /\{\{ /],
  hugo: [/\{\{[<%]/],
};

let built = '';

/** The built page of a route. */
function builtPage(route: string): string {
  return readFileSync(join(built, decodeURI(route), 'index.html'), 'utf8');
}

/** The text a reader sees of a page's article: tags, code blocks and inline code left out, entities decoded. */
function readerText(html: string): string {
  const article = html.slice(html.indexOf('<article'), html.lastIndexOf('</article>'));
  return article
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The labels of a page's sidebar, in order (links and categories). */
function sidebarLabels(html: string): string[] {
  return [...html.matchAll(/<a [^>]*class="?[^">]*menu__link[^>]*>([\s\S]*?)<\/a>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
}

function firstDoc(items: readonly SiteNavItem[]): Extract<SiteNavItem, { type: 'doc' }> | undefined {
  for (const item of items) {
    const found = item.type === 'doc' ? item : item.type === 'category' ? firstDoc(item.items) : undefined;
    if (found) return found;
  }
  return undefined;
}

function isSubsequence(wanted: readonly string[], among: readonly string[]): boolean {
  let at = 0;
  for (const label of among) if (label === wanted[at]) at += 1;
  return at === wanted.length;
}

/** The five entries as the test appends them to repos.yaml. */
const ENTRIES = parse(readFileSync(join(project, 'tests', 'fixtures', 'dialects', 'entries.yaml'), 'utf8')) as { id: string; target: string }[];

describe.skipIf(!corpus || !dialects)('the site with the real sources and one repo per docs toolchain', () => {
  let work: string;
  let report: SyncReport;
  let syncExit: number;
  let buildExit: number;
  let output = '';

  beforeAll(async () => {
    const materialized = materializeCorpus(corpus!, dialects!);
    work = mkdtempSync(join(tmpdir(), 'scs-dialects-'));
    const manifest = join(work, 'repos.yaml');
    copyFileSync(join(project, 'repos.yaml'), manifest);
    appendFileSync(manifest, readFileSync(join(project, 'tests', 'fixtures', 'dialects', 'entries.yaml'), 'utf8'));
    const synced = await syncInto(work, manifest, materialized.env);
    ({ exitCode: syncExit, report } = synced);
    const site = await buildSiteInto(work);
    buildExit = site.exitCode;
    built = join(work, 'build');
    output = `${synced.output}${site.output}`;
  }, 1_200_000);

  it('syncs every source, the five toolchain repos included', () => {
    expect(syncExit, output.slice(-4000)).toBe(0);
    expect(report.sources.filter((s) => s.status !== 'synced').map((s) => `${s.id}: ${s.status} ${s.error}`)).toEqual([]);
    expect(report.sources.map((s) => s.id)).toEqual(expect.arrayContaining(DIALECT_SOURCES));
  });

  it('builds the site', () => {
    expect(buildExit, output.slice(-6000)).toBe(0);
  });

  it('reads each sample with its toolchain, detected from its repository', () => {
    const formats = Object.fromEntries(report.sources.filter((s) => DIALECT_SOURCES.includes(s.id)).map((s) => [s.id, s.format?.name]));
    expect(formats).toEqual({ 'old-site': 'docusaurus', capz: 'mdbook', 'external-secrets': 'mkdocs', jekyll: 'jekyll', kind: 'hugo' });
  });

  it('shows no toolchain syntax to readers outside code, unless the report names the page for it', () => {
    const leaks: string[] = [];
    for (const source of report.sources.filter((s) => DIALECT_SOURCES.includes(s.id))) {
      const reported = new Set(report.problems.filter((p) => p.source === source.id && p.code.startsWith('toolchain/') && p.line !== null).map((p) => p.file));
      for (const file of source.files.filter((f) => f.route !== undefined)) {
        const found = RAW_CONSTRUCTS[source.format!.name].filter((pattern) => pattern.test(readerText(builtPage(file.route!))));
        if (found.length > 0 && !reported.has(file.from)) leaks.push(`${source.id} ${file.from}: ${found.join(' ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('orders and labels each sample as its upstream navigation does', () => {
    for (const { id, target } of ENTRIES) {
      const source = report.sources.find((s) => s.id === id)!;
      const nav = JSON.parse(readFileSync(join(work, 'content', target, '_nav.json'), 'utf8')) as SiteNav;
      // the folder's own index page is the folder's entry (its category), not an item of it
      const isFolderIndex = (item: SiteNavItem) => item.type === 'doc' && item.path === `${target}/index.md`;
      const labels = nav.items.flatMap((item) => (item.type !== 'link' && item.label !== undefined && !isFolderIndex(item) ? [item.label] : []));
      const first = firstDoc(nav.items);
      const page = first && source.files.find((f) => f.to.endsWith(first.path));
      expect(page, `${source.id}: a page of its nav`).toBeDefined();
      expect(isSubsequence(labels, sidebarLabels(builtPage(page!.route!))), `${source.id}: ${labels.join(' | ')}`).toBe(true);
    }
  });

  it('shows included content where a page includes it', () => {
    const capz = report.sources.find((s) => s.id === 'capz')!;
    const introduction = capz.files.find((f) => f.from === 'docs/book/src/introduction.md')!;
    expect(readerText(builtPage(introduction.route!))).toContain('Kubernetes Cluster API Provider Azure');
  });

  it('builds every synced page as a real page: nothing quarantined, by the sync or by the build', () => {
    const final = readReport(work); // the build adds what it quarantines
    expect(final.problems.filter((p) => p.code === 'page/quarantined' || p.code === 'page/build-failed')).toEqual([]);
    expect(output).not.toContain('published as a notice');
  });

  it('publishes the standards and the sources as JSON valid against their schemas, every page they name built', () => {
    const read = (name: string): unknown => JSON.parse(readFileSync(join(built, 'api', name), 'utf8'));
    const standards = read('standards.json') as StandardsApi;
    const sources = read('sources.json') as SourcesApi;
    expect(validateApiData('standards', standards)).toEqual([]);
    expect(validateApiData('sources', sources)).toEqual([]);
    expect(read('standards.schema.json')).toMatchObject({ $id: standards.$schema });
    expect(read('sources.schema.json')).toMatchObject({ $id: sources.$schema });
    expect(sources.sources.map((source) => source.id)).toEqual(report.sources.map((source) => source.id));
    const urls = [
      ...standards.standards.flatMap((standard) => [standard.url, ...standard.versions.map((version) => version.url)]),
      ...standards.scopes.map((scope) => scope.url),
      ...sources.sources.flatMap((source) => source.pages),
    ];
    expect(urls.filter((url) => url === null || !existsSync(join(built, decodeURI(url), 'index.html')))).toEqual([]);
  });
});
