import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../../src/report/types.js';
import { buildSourcesPageData } from '../../../../src/site/plugins/sources/build-sources-page-data.js';

const source = (over: Partial<SyncReport['sources'][number]>) =>
  ({
    id: 'x',
    repo: 'https://github.com/example-org/x',
    ref: 'main',
    commit: '0123456789abcdef0123456789abcdef01234567',
    status: 'synced',
    error: null,
    files: [],
    ...over,
  }) as SyncReport['sources'][number];

describe('the Sources page data', () => {
  const data = buildSourcesPageData({
    version: 1,
    syncedAt: '2026-11-21T05:57:00.000Z',
    durationMs: 3700,
    written: { changed: 0, unchanged: 0, removed: 0 },
    problems: [{ severity: 'warning', code: 'link/missing-target', source: 'guide', file: 'docs/a.md', line: 3, message: 'broken link', hint: null }],
    sources: [
      source({
        id: 'guide',
        files: [
          { from: 'docs/a.md', to: 'content/docs/g/a.md', route: '/docs/g/a' },
          { from: 'docs/i.png', to: 'content/docs/g/i.png' },
          { from: 'docs/a.de.md', to: 'content/i18n/de/docusaurus-plugin-content-docs/current/g/a.md', route: '/de/docs/g/a', locale: 'de' },
        ],
        translated: { de: 1 },
        format: { name: 'mkdocs', detected: true, config: 'mkdocs.yml', unconverted: 2 },
      }),
      source({ id: 'harbor', status: 'stale', error: 'cannot list the refs of https://github.com/example-org/harbor' }),
      source({ id: 'gone', status: 'failed', commit: null, error: 'the repository does not exist' }),
    ],
  });

  it('shows when the sync ran and how many sources are in each state', () => {
    expect(data.summary).toMatchObject({ syncedAtText: '21 Nov 2026, 05:57 UTC', counts: { synced: 1, unchanged: 0, stale: 1, failed: 1 } });
  });

  it('links the repo and commit, counts files and pages, and shows problems per source', () => {
    expect(data.summary!.rows[0]).toMatchObject({
      repoName: 'example-org/x',
      repoUrl: 'https://github.com/example-org/x',
      commit: { short: '0123456', url: 'https://github.com/example-org/x/commit/0123456789abcdef0123456789abcdef01234567' },
      files: 3,
      pages: 1,
      translated: '1 page in German',
      home: '/docs/g/a',
      warnings: 1,
    });
  });

  it('names the docs toolchain of each source, how it was found and what stayed as written', () => {
    expect(data.summary!.rows[0]!.format).toBe('MkDocs (detected) · 2 constructs shown as written');
    expect(data.summary!.rows[1]!.format).toBeUndefined();
  });

  it('says why a source is stale or failed', () => {
    expect(data.summary!.rows[1]!.statusDetail).toBe(
      'Could not be updated, so the pages of the last good commit stay published: cannot list the refs of https://github.com/example-org/harbor.',
    );
    expect(data.summary!.rows[2]).toMatchObject({ statusLabel: 'Failed', statusDetail: 'Nothing is published from this source: the repository does not exist.' });
  });

  it('says no sync has run when there is no report', () => {
    expect(buildSourcesPageData(undefined)).toEqual({ summary: null });
  });
});
