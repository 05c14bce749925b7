export { buildReport, describeProblem, type ReportInput } from './build-report.js';
export { createConsoleReporter, formatSummary, type ConsoleReporter, type FetchProgress } from './console-reporter.js';
export type { ReportProblem, SourceReport, SyncReport } from './types.js';
