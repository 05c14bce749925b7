import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../../src/report/types.js';
import { checkAggregatedPage, readPageFacts } from '../../../../src/site/site-checks/check-page-html.js';
import { describeOrigins } from '../../../../src/site/site-checks/map-build-failures.js';
import { findUnservedPaths } from '../../../../src/site/site-checks/resolve-built-path.js';

const report: SyncReport = {
  version: 1,
  syncedAt: '2026-01-02T03:04:05.000Z',
  durationMs: 1000,
  written: { changed: 1, unchanged: 0, removed: 0 },
  problems: [],
  sources: [
    {
      id: 'registry',
      repo: 'https://github.com/example-org/registry',
      ref: 'main',
      commit: '0123456789abcdef0123456789abcdef01234567',
      status: 'synced',
      error: null,
      files: [
        { from: 'docs/migration.md', to: 'content/docs/registry/migration.md', route: '/docs/registry/migration' },
        { from: 'docs/backup.md', to: 'content/docs/registry/backup.md', route: '/docs/registry/backup' },
      ],
    } as SyncReport['sources'][number],
  ],
};

// The shape of Docusaurus 3's reports, as a failed build prints them.
const FAILED_BUILD = `[ERROR] Error: Unable to build website for locale en.
  [cause]: Error: Docusaurus found broken anchors!
  Exhaustive list of all broken anchors found:
  - Broken anchor on source page path = /docs/registry/migration:
     -> linking to /docs/registry/backup#restore
[ERROR] Markdown link with URL \`gone.md\` in source file "\u001b[36mcontent/docs/registry/backup.md\u001b[39m" (3:5) couldn't be resolved.
`;

describe('the origin of a failed build', () => {
  it('names the upstream repo and file of every page the build complains about', () => {
    expect(describeOrigins(FAILED_BUILD, report, 'content')).toEqual([
      '  page /docs/registry/migration comes from registry (https://github.com/example-org/registry) docs/migration.md',
      '  file content/docs/registry/backup.md comes from registry (https://github.com/example-org/registry) docs/backup.md',
    ]);
  });

  it('maps nothing for output it does not recognise', () => {
    expect(describeOrigins('[ERROR] something else went wrong', report, 'content')).toEqual([]);
  });
});

describe('URLs readers bookmarked', () => {
  const built = new Set(['index.html', 'docs/a/index.html', 'docs/b.html', 'old/path/index.html', 'img/logo.svg']);

  it('resolve to pages, .html pages, redirect pages and files; the rest are listed', () => {
    expect(findUnservedPaths(['/', '/docs/a', '/docs/a/', '/docs/b', '/old/path', '/img/logo.svg', '/docs/c', '/docs/a#x'], built)).toEqual(['/docs/c']);
  });
});

describe('an aggregated page as a reader sees it', () => {
  const editUrl = 'https://github.com/example-org/registry/edit/main/docs/backup.md';
  const page = `<html><body><article><p>x</p></article>
    <footer><a href="${editUrl}" class="theme-edit-this-page">Edit this page</a>
    <span class="theme-last-updated">Last updated on <b>Jan 2, 2026</b></span></footer></body></html>`;

  it('passes with an edit link to its upstream file and a last-updated line', () => {
    expect(checkAggregatedPage(readPageFacts(page), editUrl)).toEqual([]);
  });

  it('reports a missing or wrong edit link and a missing last-updated line', () => {
    const bare = '<html><body><a href="https://github.com/other/repo/edit/main/x.md">Edit this page</a></body></html>';
    expect(checkAggregatedPage(readPageFacts(bare), editUrl)).toEqual([`no "Edit this page" link to ${editUrl}`, 'no "last updated" line']);
  });
});
