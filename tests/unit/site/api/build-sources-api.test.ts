import { describe, expect, it } from 'vitest';
import { buildSourcesApi } from '../../../../src/site/api/build-sources-api.js';
import type { SourceReport, SyncReport } from '../../../../src/report/types.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function source(id: string, fields: Partial<SourceReport>): SourceReport {
  return { id, repo: `https://github.com/example-org/${id}`, ref: 'main', commit: COMMIT, status: 'synced', files: [], error: null, ...fields };
}

const report: SyncReport = {
  version: 1,
  syncedAt: '2026-01-02T03:04:05.000Z',
  durationMs: 10,
  written: { changed: 0, unchanged: 0, removed: 0 },
  problems: [],
  sources: [
    source('site', { repo: '/home/someone/docs-checkout', ref: null, commit: null }),
    source('guide', {
      repo: 'https://user:t0ken@git.example.org/guide.git',
      status: 'unchanged',
      files: [
        { from: 'docs/a.md', to: 'content/docs/guide/a.md', route: '/docs/guide/a' },
        { from: 'docs/draft.md', to: 'content/docs/guide/draft.md', route: '/docs/guide/draft' },
        { from: 'docs/a.png', to: 'content/docs/guide/a.png' },
      ],
    }),
    source('gone', { commit: null, status: 'failed', error: 'repository not found' }),
  ],
};

describe('buildSourcesApi', () => {
  const built = new Set(['/docs/guide/a']);
  const api = buildSourcesApi(report, '/', (url) => built.has(url));

  it('lists every source in manifest order with its ref, commit and status', () => {
    expect(api.syncedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(api.sources.map(({ id, ref, commit, status }) => [id, ref, commit, status])).toEqual([
      ['site', null, null, 'synced'],
      ['guide', 'main', COMMIT, 'unchanged'],
      ['gone', 'main', null, 'failed'],
    ]);
  });

  it('lists the pages the build has (a draft it left out is not one), and counts them', () => {
    expect(api.sources[1]).toMatchObject({ pageCount: 1, pages: ['/docs/guide/a'] });
    expect(api.sources[2]).toMatchObject({ pageCount: 0, pages: [] });
  });

  it('publishes repository URLs without credentials and no local folder', () => {
    expect(api.sources.map((entry) => entry.repo)).toEqual([null, 'https://git.example.org/guide.git', 'https://github.com/example-org/gone']);
    expect(JSON.stringify(api)).not.toMatch(/t0ken|someone/);
  });

  it("puts the site's base URL in front of each page", () => {
    const seen: string[] = [];
    const below = buildSourcesApi(report, '/docs-site/', (url) => (seen.push(url), true));
    expect(below.sources[1]!.pages).toEqual(['/docs-site/docs/guide/a', '/docs-site/docs/guide/draft']);
    expect(seen).toContain('/docs-site/docs/guide/a');
  });

  it('is an empty list when the site was built without a sync', () => {
    expect(buildSourcesApi(undefined, '/', () => true)).toMatchObject({ syncedAt: null, sources: [] });
  });
});
