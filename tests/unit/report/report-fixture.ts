import type { SourceReport, SyncReport } from '../../../src/report/types.js';

export const OLD = 'a'.repeat(40);
export const NEW = 'b'.repeat(40);

export function source(overrides: Partial<SourceReport> & { id: string }): SourceReport {
  return {
    repo: `https://github.com/example-org/${overrides.id}`,
    ref: null,
    commit: NEW,
    status: 'synced',
    files: [],
    error: null,
    previousCommit: OLD,
    changes: { added: [], changed: [], removed: [] },
    ...overrides,
  };
}

export function report(sources: SourceReport[], problems: SyncReport['problems'] = []): SyncReport {
  return {
    version: 1,
    syncedAt: '2024-05-06T07:08:09.000Z',
    durationMs: 12_345,
    sources,
    problems,
    written: { changed: 3, unchanged: 10, removed: 1 },
  };
}
