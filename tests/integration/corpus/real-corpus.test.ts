import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import { DEFAULT_LOCALE } from '../../../src/manifest/sections.js';
import { siteLocation, TRANSLATION_LOCALES } from '../../../src/manifest/translations.js';
import type { SyncReport } from '../../../src/report/types.js';
import { buildSourcesApi } from '../../../src/site/api/build-sources-api.js';
import { SITE_GENERATORS } from '../../../src/site/generators.js';
import type { StandardsApi } from '../../../src/site/standards/standards-api-types.js';
import { validateApiData } from '../../helpers/api-schemas.js';
import { findCorpus, materializeCorpus } from './corpus-location.js';
import { oldSelection, type OldManifestEntry } from './old-selection.js';
import { findDanglingLinks } from './written-links.js';
import { twinProblemsOfTree } from './twin-problems.js';

const project = resolve(import.meta.dirname, '..', '..', '..');
const corpus = findCorpus(project);

describe.skipIf(!corpus)('the real SCS corpus (synced through insteadOf)', () => {
  let work: string;
  let report: SyncReport;
  let exitCode: number;
  let mirrors: string;
  let output = '';

  beforeAll(async () => {
    const materialized = materializeCorpus(corpus!);
    mirrors = materialized.mirrors;
    Object.assign(process.env, materialized.env);
    work = mkdtempSync(join(tmpdir(), 'scs-real-sync-'));
    copyFileSync(join(project, 'repos.yaml'), join(work, 'repos.yaml'));
    const sink = { write: (text: string) => (output += text) };
    exitCode = await runSyncCommand(
      ['--manifest', join(work, 'repos.yaml'), '--cache', join(work, 'cache'), '--content', join(work, 'content'), '--report', join(work, 'report.json')],
      { cwd: project, stdout: sink, stderr: sink, env: { ...process.env, CI: 'true' } },
      { generators: SITE_GENERATORS },
    );
    report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as SyncReport;
  }, 300_000);

  it('syncs every source', () => {
    expect(exitCode, output).toBe(0);
    expect(report.sources.filter((s) => s.status !== 'synced').map((s) => `${s.id}: ${s.status} ${s.error}`)).toEqual([]);
  });

  it('publishes every markdown file the old manifest selected', () => {
    const old = JSON.parse(readFileSync(join(corpus!, 'docs.package.json'), 'utf8')) as OldManifestEntry[];
    const missing: string[] = [];
    for (const entry of old) {
      const repoUrl = `https://github.com/${entry.repo}`;
      const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD'], { cwd: join(mirrors, `${entry.repo}.git`), encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
      const published = new Set(report.sources.filter((s) => s.repo === repoUrl).flatMap((s) => s.files.map((f) => f.from)));
      for (const file of oldSelection(entry, files)) if (!published.has(file)) missing.push(`${entry.repo}: ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it('leaves no internal link dangling', () => {
    expect(findDanglingLinks(join(work, 'content'))).toEqual([]);
  });

  it('points every upstream page\'s edit link at its upstream repo and file', () => {
    const wrong: string[] = [];
    for (const source of report.sources.filter((s) => s.repo.startsWith('https://github.com/SovereignCloudStack/') && s.id !== 'site')) {
      for (const file of source.files.filter((f) => /\.mdx?$/.test(f.to))) {
        const { data } = matter(readFileSync(resolve(project, file.to), 'utf8'));
        const expected = `${source.repo}/edit/main/${file.from.split('/').map(encodeURIComponent).join('/')}`;
        if (data.custom_edit_url !== expected) wrong.push(`${file.to}: ${String(data.custom_edit_url)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('describes every standard and every source as JSON valid against the schemas', () => {
    const standards = JSON.parse(readFileSync(join(work, 'content', 'api', 'standards.json'), 'utf8')) as StandardsApi;
    expect(validateApiData('standards', standards)).toEqual([]);
    const documents = report.sources.find((s) => s.id === 'standards')!.files.filter((f) => /\/scs-\d{4}-v\d+-[^/]*\.md$/.test(f.to));
    const versions = standards.standards.flatMap((standard) => standard.versions);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions.length).toBeLessThanOrEqual(documents.length);
    expect(standards.scopes.length).toBeGreaterThan(0);
    const routes = new Set(report.sources.flatMap((s) => s.files.flatMap((f) => (f.route ? [f.route] : []))));
    const sources = buildSourcesApi(report, '/', (url) => routes.has(url));
    expect(validateApiData('sources', sources)).toEqual([]);
    expect(sources.sources.reduce((sum, source) => sum + source.pageCount, 0)).toBe(routes.size);
  });

  it('gives every page a Markdown twin with its headings and code blocks and no site keys', () => {
    expect(twinProblemsOfTree(join(work, 'content'), report)).toEqual([]);
  });

  it('gives every page a title no other page has and a description (generated pages and the site\'s own included)', () => {
    const content = join(work, 'content');
    const pages = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((path) => /\.mdx?$/.test(path) && !path.split(sep).some((part) => part.startsWith('_')));
    expect(pages.length).toBeGreaterThanOrEqual(report.sources.flatMap((source) => source.files.filter((file) => file.route !== undefined)).length);
    // titles are unique per language: its own pages and the English pages it shows untranslated
    const locations = pages.map((path) => siteLocation(path.split(sep).join('/')));
    const translated = new Set(locations.filter((location) => location.locale !== undefined).map((location) => `${location.locale}\0${location.englishTo}`));
    const titles = new Map<string, string[]>();
    const withoutDescription: string[] = [];
    pages.forEach((path, i) => {
      const { data } = matter(readFileSync(join(content, path), 'utf8'));
      const title = String(data.head_title ?? data.title);
      const location = locations[i]!;
      const languages = location.locale !== undefined ? [location.locale] : [DEFAULT_LOCALE, ...TRANSLATION_LOCALES.filter((locale) => !translated.has(`${locale}\0${location.englishTo}`))];
      for (const language of languages) titles.set(`${language}: ${title}`, [...(titles.get(`${language}: ${title}`) ?? []), path]);
      if (typeof data.description !== 'string' || data.description.trim() === '') withoutDescription.push(path);
    });
    expect([...titles].filter(([, paths]) => paths.length > 1)).toEqual([]);
    expect(withoutDescription).toEqual([]);
  });
});
