import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localizedSectionDir } from '../../../../src/manifest/sections.js';
import { titlePages } from '../../../../src/page-titles/index.js';
import { findUnresolvedReference } from '../../../../src/page-check/find-unresolved-references.js';
import { docLanguage, isTranslatedDoc } from '../../../../src/site/i18n/page-language.js';
import { createTranslationsGenerator } from '../../../../src/site/i18n/translations-generator.js';
import { rankLanguageFirst } from '../../../../src/site/search/client/rank-language-first.js';
import type { PagefindResult } from '../../../../src/site/search/client/pagefind-api.js';
import { keyDuplicateLabels } from '../../../../src/site/sidebars/key-duplicate-labels.js';
import { buildSourcesPageData, formatSyncTime } from '../../../../src/site/plugins/sources/build-sources-page-data.js';
import { makeReport, makeSource } from '../checks/sample-report.js';

describe('localizedSectionDir', () => {
  it('is Docusaurus’ folder of a docs instance’s translations, below the content root', () => {
    expect(localizedSectionDir('content', 'de', 'docs')).toBe(join('content', 'i18n', 'de', 'docusaurus-plugin-content-docs', 'current'));
    expect(localizedSectionDir('content', 'de', 'standards')).toBe(join('content', 'i18n', 'de', 'docusaurus-plugin-content-docs-standards', 'current'));
  });
});

describe('docLanguage', () => {
  const translated = '@site/content/i18n/de/docusaurus-plugin-content-docs/current/index.md';
  const english = '@site/content/docs/index.md';
  it('is the locale’s for a page read from its tree, else English', () => {
    expect(isTranslatedDoc(translated, 'de')).toBe(true);
    expect(isTranslatedDoc(english, 'de')).toBe(false);
    expect(docLanguage(translated, 'de', 'en')).toBe('de');
    expect(docLanguage(english, 'de', 'en')).toBe('en');
    expect(docLanguage(english, 'en', 'en')).toBe('en');
  });
});

describe('rankLanguageFirst', () => {
  const result = (id: string): PagefindResult => ({ id, score: 1, data: async () => ({ url: `/${id}`, excerpt: '', meta: {} }) });
  it('puts the page language’s results first and keeps every other result once', () => {
    const all = ['en-a', 'de-b', 'en-c', 'de-d'].map(result);
    const german = ['de-d', 'de-b'].map(result);
    expect(rankLanguageFirst(all, german).map((r) => r.id)).toEqual(['de-d', 'de-b', 'en-a', 'en-c']);
  });
});

describe('keyDuplicateLabels', () => {
  it('keys items whose label another item of the same kind has, and leaves unique labels as they are', () => {
    const items = [
      { type: 'category', label: 'Usage', link: { type: 'doc', id: 'a/index' }, items: [{ type: 'doc', id: 'a/x', label: 'v1' }] },
      { type: 'category', label: 'Usage', items: [{ type: 'doc', id: 'b/y', label: 'v1' }] },
      { type: 'category', label: 'Unique', items: [{ type: 'doc', id: 'c/z' }] },
    ];
    const keyed = keyDuplicateLabels(items) as typeof items & { key?: string; items: { key?: string }[] }[];
    expect(keyed.map((item) => (item as { key?: string }).key)).toEqual(['Usage (a/index)', 'Usage (b/y)', undefined]);
    expect(keyed.map((item) => (item.items[0] as { key?: string }).key)).toEqual(['v1 (a/x)', 'v1 (b/y)', undefined]);
  });
});

describe('the translations generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scs-i18n-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('copies every translation file into the tree’s i18n folder, and its fingerprint follows their content', () => {
    mkdirSync(join(dir, 'de', 'docusaurus-theme-classic'), { recursive: true });
    writeFileSync(join(dir, 'de', 'code.json'), '{"a":{"message":"A"}}');
    writeFileSync(join(dir, 'de', 'docusaurus-theme-classic', 'navbar.json'), '{}');
    const generator = createTranslationsGenerator(dir);
    const before = generator.fingerprint!();
    expect(generator.generate({ files: [], now: new Date() }).files.map((file) => file.to)).toEqual([
      'i18n/de/code.json',
      'i18n/de/docusaurus-theme-classic/navbar.json',
    ]);
    writeFileSync(join(dir, 'de', 'code.json'), '{"a":{"message":"Ä"}}');
    expect(generator.fingerprint!()).not.toBe(before);
  });
});

describe('the Sources page in German', () => {
  it('words statuses and dates in German', () => {
    const data = buildSourcesPageData(makeReport([makeSource({ id: 'guide', status: 'synced' })]), 'de');
    expect(data.summary?.rows.map((row) => row.statusLabel)).toContain('Aktualisiert');
    expect(formatSyncTime('2026-11-21T05:57:00Z', 'de-DE')).toBe('21. Nov. 2026, 05:57 UTC');
  });
});

describe('a locale’s tree in the sync', () => {
  const german = 'i18n/de/docusaurus-plugin-content-docs-standards/current';
  const page = (to: string, title: string) => ({ to, content: Buffer.from(`---\ntitle: ${title}\n---\n\n# ${title}\n`), source: 'test' });

  it('titles its pages among themselves: a German page may share its title with its English original', () => {
    const outputs = [page('standards/iaas/scs-0100.md', 'scs-0100: Widgets'), page(`${german}/iaas/scs-0100.md`, 'scs-0100: Widgets')];
    expect(titlePages(outputs, new Map()).added.size).toBe(0);
  });

  it('resolves a German page’s links into its tree and into the section it translates, not elsewhere', () => {
    const files = new Set([`${german}/iaas/index.md`, 'standards/scs-0100-v1-widgets.md', 'docs/other.md']);
    const exists = (path: string) => files.has(path);
    const check = (url: string) => findUnresolvedReference(`${german}/iaas/scs-0100.md`, [{ kind: 'link', url }], exists, () => false);
    expect(check('index.md')).toBeUndefined();
    expect(check('../../../../../standards/scs-0100-v1-widgets.md')).toBeUndefined();
    expect(check('../../../../../docs/other.md')?.message).toMatch(/does not resolve/);
  });
});
