/** The site's JSON for programs (/api/*.json) on the built demo site: valid, and every URL in it is a page of the site. */
import { describe, expect, inject, it } from 'vitest';
import type { SourcesApi } from '../../src/site/api/build-sources-api.js';
import type { StandardsApi } from '../../src/site/standards/standards-api-types.js';
import { validateApiData } from '../helpers/api-schemas.js';
import { DEMO_PAGES, DEMO_STANDARDS } from './helpers/demo-site.js';

const siteUrl = inject('siteUrl');

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${siteUrl}${path}`);
  expect(response.status, `${path} is served`).toBe(200);
  return (await response.json()) as T;
}

/** The paths among `paths` the site does not serve as a page. */
async function listMissingPages(paths: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const path of new Set(paths)) {
    const response = await fetch(`${siteUrl}${path}`);
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('text/html')) missing.push(`${path}: ${response.status}`);
  }
  return missing;
}

describe('/api/standards.json', () => {
  it('validates against the schema it names, which is published beside it', async () => {
    const api = await fetchJson<StandardsApi>('/api/standards.json');
    const schema = await fetchJson<{ $id: string }>('/api/standards.schema.json');
    expect(schema.$id).toBe(api.$schema);
    expect(validateApiData('standards', api)).toEqual([]);
  });

  it('lists the demo standards with the state their pages show, and links pages that exist', async () => {
    const api = await fetchJson<StandardsApi>('/api/standards.json');
    for (const standard of DEMO_STANDARDS) {
      const entry = api.standards.find((candidate) => candidate.id === `scs-${standard.number}`);
      expect(entry?.title).toBe(standard.title);
      expect(entry?.versions.map((version) => version.state)).toEqual([expect.stringMatching(standard.state)]);
      expect(entry?.versions[0]?.upstream.url).toMatch(/^https:\/\/github\.com\/example-org\/demo-standards\/blob\/[0-9a-f]{40}\/Standards\/scs-\d{4}-v1-/);
    }
    const urls = [...api.tracks.map((track) => track.url), ...api.standards.flatMap((standard) => [standard.url, ...standard.versions.map((version) => version.url ?? '')])];
    await expect(listMissingPages(urls)).resolves.toEqual([]);
  });
});

describe('/api/sources.json', () => {
  it('validates against the schema it names, which is published beside it', async () => {
    const api = await fetchJson<SourcesApi>('/api/sources.json');
    const schema = await fetchJson<{ $id: string }>('/api/sources.schema.json');
    expect(schema.$id).toBe(api.$schema);
    expect(validateApiData('sources', api)).toEqual([]);
  });

  it('lists every demo source with its commit and its pages, each of them a page of the site', async () => {
    const api = await fetchJson<SourcesApi>('/api/sources.json');
    expect(api.sources.map((source) => [source.id, source.status])).toEqual([
      ['site', 'synced'],
      ['standards', 'synced'],
      ['demo-operator-guide', 'synced'],
      ['demo-user-guide', 'synced'],
      ['demo-mkdocs-guide', 'synced'],
      ['demo-translated-guide', 'synced'],
    ]);
    const guide = api.sources.find((source) => source.id === 'demo-operator-guide')!;
    expect(guide.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(guide.pages).toContain(DEMO_PAGES.quickstart);
    for (const source of api.sources) expect(source.pageCount).toBe(source.pages.length);
    await expect(listMissingPages(api.sources.flatMap((source) => source.pages))).resolves.toEqual([]);
  });
});
