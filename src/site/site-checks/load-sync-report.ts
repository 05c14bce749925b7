import { readFile } from 'node:fs/promises';
import { UserError } from '../../diagnostics/user-error.js';
import type { SyncReport } from '../../report/types.js';

/**
 * Reads the sync report (`sync-report.json`) the site is built from.
 * Returns undefined when no sync has run yet (no file); a file that is not a sync report is a user error.
 */
export async function loadSyncReport(file: string): Promise<SyncReport | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseSyncReport(text, file);
}

/** Checks the parts of the report the site relies on; anything else is taken as written by the sync. */
export function parseSyncReport(text: string, file: string): SyncReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw reportError(file, `not valid JSON (${(error as Error).message})`, error);
  }
  const record = value as Partial<SyncReport> | null;
  if (typeof record !== 'object' || record === null || record.version !== 1 || !Array.isArray(record.sources)) {
    throw reportError(file, 'not a sync report of version 1 (expected "version": 1 and a "sources" list)');
  }
  return {
    ...(record as SyncReport),
    problems: Array.isArray(record.problems) ? record.problems : [],
    sources: record.sources.map((s) => ({ ...s, files: Array.isArray(s.files) ? s.files : [] })),
  };
}

function reportError(file: string, problem: string, cause?: unknown): UserError {
  return new UserError(
    [
      {
        severity: 'error',
        code: 'site/invalid-sync-report',
        file,
        message: problem,
        hint: 'Run `npm run sync` to write a fresh report, or pass the right file.',
      },
    ],
    { cause },
  );
}
