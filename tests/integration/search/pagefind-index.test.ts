import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPagefindIndex } from '../../../src/site/search/build-pagefind-index.js';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';
import { FIXTURE_SITE } from '../../unit/search/fixture-pages.js';

const PROJECT = resolve(import.meta.dirname, '..', '..', '..');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string }[];
}

/** Pagefind's per-page fragments: gzip of `pagefind_dcd` + JSON. */
function readFragments(outputDir: string): Fragment[] {
  const dir = join(outputDir, 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

describe('the local search index (Pagefind, run on a built site)', () => {
  let site: string;
  let pageCount: number;
  let fragments: Fragment[];

  beforeAll(async () => {
    site = join(makeTempDir('scs-search-'), 'build');
    cpSync(FIXTURE_SITE, site, { recursive: true });
    const result = await buildPagefindIndex(PROJECT, site, makeTempDir('scs-search-'));
    pageCount = result.pageCount;
    fragments = readFragments(result.outputDir);
  }, 60_000);
  afterAll(removeTempDirs);

  it('indexes the doc pages only, and writes the browser library beside the index', () => {
    expect(pageCount).toBe(2);
    expect(fragments.map((f) => f.url).sort()).toEqual(['/docs/lakes/boats/', '/docs/lakes/ice-fishing/']);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('indexes the doc content, not the navbar, sidebar or footers, with table cells as separate words', () => {
    const page = fragments.find((f) => f.url.includes('ice-fishing'))!;
    expect(page.content).toContain('10 cm one angler');
    expect(page.content).toContain('Thickness Safe for');
    for (const word of ['walrus', 'narwhal', 'kraken', 'Site footer']) expect(page.content).not.toContain(word);
  });

  it('finds a page by its sidebar path, without showing the hidden copy on the page', () => {
    const page = fragments.find((f) => f.url.includes('ice-fishing'))!;
    expect(page.content.startsWith('Lakes › Winter.')).toBe(true);
  });

  it('keeps section, sidebar path and source repo as result meta, section and source as filters', () => {
    const page = fragments.find((f) => f.url.includes('ice-fishing'))!;
    expect(page.meta).toMatchObject({ title: 'Ice fishing on the lake', section: 'For Operators', source: 'example-org/lakes', breadcrumb: 'Lakes › Winter' });
    expect(page.filters).toEqual({ section: ['For Operators'], source: ['example-org/lakes'] });
  });

  it('records the heading anchors the results link to, without the invisible "#" link text', () => {
    const page = fragments.find((f) => f.url.includes('ice-fishing'))!;
    expect(page.anchors.map((a) => [a.id, a.text])).toEqual(expect.arrayContaining([['safety', 'Safety first'], ['tools', 'Tools']]));
    expect(page.content).not.toContain('\u200b');
  });
});
