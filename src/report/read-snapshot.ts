import { UserError } from '../diagnostics/user-error.js';
import { validateLock } from '../fetch/index.js';
import type { SyncReport } from './types.js';

/** One source as a sync report or a lock file records it. */
export interface SourceSnapshot {
  id: string;
  repo: string;
  commit: string | null;
  /** Written path → content hash; only reports list files (the hash is absent in reports before it was added). */
  files?: Map<string, string | undefined>;
}

export interface Snapshot {
  kind: 'report' | 'lock';
  sources: SourceSnapshot[];
}

/** Reads parsed JSON that is either a sync report (`sources` is a list) or a lock (`sources` is a map). */
export function readSnapshot(value: unknown, file: string): Snapshot {
  if (isRecord(value) && Array.isArray(value.sources)) return fromReport(value as unknown as SyncReport, file);
  const lock = validateLock(file, value);
  const sources = Object.entries(lock.sources).map(([id, entry]) => ({ id, repo: entry.repo, commit: entry.commit }));
  return { kind: 'lock', sources };
}

function fromReport(report: SyncReport, file: string): Snapshot {
  const sources = report.sources.map((source): SourceSnapshot => {
    if (typeof source?.id !== 'string' || !Array.isArray(source.files)) throw invalidReport(file);
    return {
      id: source.id,
      repo: String(source.repo ?? ''),
      commit: typeof source.commit === 'string' ? source.commit : null,
      files: new Map(source.files.map((f) => [f.to, f.hash])),
    };
  });
  return { kind: 'report', sources };
}

function invalidReport(file: string): UserError {
  return new UserError([
    {
      severity: 'error',
      code: 'report/invalid',
      message: `${file} is neither a sync report nor a lock file: a source entry lacks its id or files`,
      file,
      hint: 'pass a sync-report.json written by `npm run sync`, or a repos.lock',
    },
  ]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
