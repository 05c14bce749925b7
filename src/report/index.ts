export { buildReport, buildUnchangedReport, describeProblem, reportTiming, type ReportInput, type UnchangedRunInput } from './build-report.js';
export { createConsoleReporter, formatSummary, type ConsoleReporter, type FetchProgress } from './console-reporter.js';
export type { FileChanges, ReportProblem, SourceReport, SyncReport } from './types.js';
export { renderSummary } from './render-summary.js';
export { formatAnnotations } from './format-annotations.js';
export { diffSnapshots, type SourceDiff } from './diff-snapshots.js';
export { readSnapshot, type Snapshot, type SourceSnapshot } from './read-snapshot.js';
export { renderDiff } from './render-diff.js';
