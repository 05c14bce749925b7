import type { ContentLimits } from '../collect/check-content.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FetchProgress } from '../report/console-reporter.js';
import type { SyncReport } from '../report/types.js';

export interface SyncOptions {
  /** Absolute project root. */
  projectDir: string;
  /** Manifest path (absolute). */
  manifestFile: string;
  /** How messages name the manifest (as the user typed it). */
  manifestName?: string;
  /** repos.lock path (absolute), beside the manifest by default. */
  lockFile: string;
  /** Clone cache (absolute). */
  cacheDir: string;
  /** Where the unified tree is written (absolute). */
  contentDir: string;
  /** Fetch only these source ids; the others are rebuilt from the cache at their locked commits. */
  only?: string[];
  frozen: boolean;
  offline: boolean;
  concurrency: number;
  limits: ContentLimits;
  /** Source id → working tree that replaces its remote (contributor preview). */
  locals?: Record<string, string>;
}

/** What the pipeline tells the outside world while it runs. */
export interface SyncObserver {
  stage(name: string): void;
  progress(event: FetchProgress): void;
  /** Another sync holds the project lock; this one waits. */
  waiting(ownerPid: number): void;
}

export interface SyncResult {
  report: SyncReport;
  diagnostics: Diagnostic[];
}
