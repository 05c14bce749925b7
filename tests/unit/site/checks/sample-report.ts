import type { SourceReport, SyncReport } from '../../../../src/report/types.js';

/** Commit of the fake `guide` source. */
export const GUIDE_COMMIT = '0123456789abcdef0123456789abcdef01234567';

export function makeSource(over: Partial<SourceReport> & Pick<SourceReport, 'id'>): SourceReport {
  return {
    repo: `https://github.com/example-org/${over.id}`,
    ref: 'main',
    commit: GUIDE_COMMIT,
    status: 'unchanged',
    error: null,
    files: [],
    ...over,
  };
}

/** A report as the sync writes it for the site of the captured build samples (`samples/*.txt`). */
export function makeReport(sources: SourceReport[]): SyncReport {
  return {
    version: 1,
    syncedAt: '2026-03-04T05:06:07.000Z',
    durationMs: 1500,
    written: { changed: 0, unchanged: 0, removed: 0 },
    problems: [],
    sources,
  };
}

export const GUIDE_REPORT = makeReport([
  makeSource({ id: 'site', repo: 'https://github.com/example-org/docs', commit: null, own: true, files: [
    { from: 'docs/docs/index.md', to: 'content/docs/index.md', route: '/docs/' },
  ] }),
  makeSource({ id: 'guide', files: [
    { from: 'docs/a.md', to: 'content/docs/guide/a.md', route: '/docs/guide/a' },
    { from: 'docs/b.md', to: 'content/docs/guide/b.md', route: '/docs/guide/b' },
    { from: 'docs/c.md', to: 'content/docs/guide/c.md', route: '/docs/guide/c' },
    { from: 'docs/c.mdx', to: 'content/docs/guide/c.mdx', route: '/docs/guide/c' },
    { from: 'docs/pic.png', to: 'content/docs/guide/pic.png' },
  ] }),
]);
