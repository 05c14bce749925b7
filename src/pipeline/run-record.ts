import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { SourceFormat, SourceReport, SyncReport } from '../report/types.js';
import type { WritePlan } from '../write/types.js';
import { RUN_RECORD_VERSION } from './run-key.js';

/**
 * What a completed run leaves in the write state (committed with the tree) so that the next run, finding every
 * input as it was (`key`), can report the same tree without rebuilding it.
 */
export interface RunRecord {
  version: typeof RUN_RECORD_VERSION;
  key: string;
  /** Per source id: its files as the report listed them (paths, routes, hashes). */
  files: Record<string, SourceReport['files']>;
  /** Per source id: the toolchain it was read with. */
  formats: Record<string, SourceFormat>;
  /** Problems found after the fetch (they come again with the same inputs), credentials stripped. */
  diagnostics: Diagnostic[];
  /** Files in the tree. */
  unchanged: number;
}

export interface RecordInput {
  key: string | undefined;
  report: SyncReport;
  plan: WritePlan;
  /** Diagnostics of every stage after the fetch. */
  diagnostics: readonly Diagnostic[];
  /** Some content could not be built (a source's files, a page or a generator failed): the next run may differ. */
  incomplete: boolean;
}

/**
 * The record of a run, or undefined when the next run could not repeat it: no key, or some content was broken
 * (a source or generator kept at its last good pages, a page left out) and deserves a full run every time (a page
 * that failed for a new source, say, keeps the source's other pages the next time instead).
 */
export function recordRun({ key, report, plan, diagnostics, incomplete }: RecordInput): RunRecord | undefined {
  if (key === undefined || incomplete || plan.kept.length > 0) return undefined;
  if (report.sources.some((source) => source.error !== null || (source.status !== 'synced' && source.status !== 'unchanged'))) return undefined;
  return {
    version: RUN_RECORD_VERSION,
    key,
    files: Object.fromEntries(report.sources.map((source) => [source.id, source.files])),
    formats: Object.fromEntries(report.sources.flatMap((source) => (source.format ? [[source.id, source.format]] : []))),
    diagnostics: diagnostics.map(withoutCredentials),
    unchanged: Object.keys(plan.state.files).length,
  };
}

/** The record in a write state, when it is one this code wrote. */
export function readRunRecord(value: unknown): RunRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<RunRecord>;
  const valid =
    record.version === RUN_RECORD_VERSION &&
    typeof record.key === 'string' &&
    typeof record.files === 'object' &&
    record.files !== null &&
    typeof record.formats === 'object' &&
    record.formats !== null &&
    Array.isArray(record.diagnostics) &&
    typeof record.unchanged === 'number';
  return valid ? (record as RunRecord) : undefined;
}

function withoutCredentials(diagnostic: Diagnostic): Diagnostic {
  return Object.fromEntries(
    Object.entries(diagnostic).map(([name, value]) => [name, typeof value === 'string' ? stripCredentials(value) : value]),
  ) as unknown as Diagnostic;
}
