import type { ContentLimits } from '../collect/check-content.js';
import type { CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FetchProgress } from '../report/console-reporter.js';
import type { SourceSpec } from '../manifest/types.js';
import type { SyncReport } from '../report/types.js';
import type { OutputFile } from '../write/types.js';
import type { TransformedDoc } from './transform-stage.js';

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
  /**
   * Source id → branch, tag, `refs/…` name (e.g. `refs/pull/123/head`) or commit built instead of the manifest's
   * ref: fetched into the cache for that source only, even under `frozen`; repos.lock keeps the source's entry.
   */
  refs?: Record<string, string>;
  /** Pages derived from the synced tree (see SiteGenerator). */
  generators?: readonly SiteGenerator[];
  /**
   * The caller uses the result's `tree` (the contributor preview's incremental re-runs): the sources are always
   * collected, even when nothing changed since the last completed sync.
   */
  needTree?: boolean;
}

/** What the pipeline tells the outside world while it runs. */
export interface SyncObserver {
  stage(name: string): void;
  progress(event: FetchProgress): void;
  /** Another sync holds the project lock; this one waits. */
  waiting(ownerPid: number): void;
  /** Every input is as in the last completed sync: its tree, lock and report stand, nothing is read or written. */
  unchanged?(): void;
}

export interface SyncResult {
  report: SyncReport;
  diagnostics: Diagnostic[];
  /** What the tree was built from, for incremental re-runs (the contributor preview). */
  tree?: SyncedTree;
}

/** The in-memory state behind a written tree: enough to redo part of the work when a few files change. */
export interface SyncedTree {
  /** The manifest's entries with `--local` and `--ref` applied. */
  sources: SourceSpec[];
  collected: CollectedSource[];
  /** What the collect stage reported (files it refused, unsafe paths, …), for telling new problems from old. */
  collectDiagnostics: Diagnostic[];
  /** Sources (and generators) whose last good files were kept instead of this run's. */
  kept: ReadonlySet<string>;
  /** Sources that are the site's own pages (never replaced by a notice when they cannot be built). */
  own: ReadonlySet<string>;
  /** Every doc the transform stage made, by site path, with the lookups its links asked. */
  docs: ReadonlyMap<string, TransformedDoc>;
}

/**
 * Makes extra pages from the synced tree (e.g. the standards overviews), after the transform and before
 * the write. Pure: it sees the transformed files of the sources it names and returns new files.
 */
export interface SiteGenerator {
  /** Owner name of the generated files in the write state and the report. */
  name: string;
  /** Source ids whose files the generator reads; while one of them is broken, its last pages are kept. */
  inputs: readonly string[];
  generate(input: GeneratorInput): GeneratorOutput;
  /** A fingerprint of what the generator reads besides its input sources (project files), for the run key. */
  fingerprint?(): string;
}

export interface GeneratorInput {
  /** Transformed files of the `inputs` sources (paths relative to the content root). */
  files: readonly OutputFile[];
  /**
   * The time of the build, for anything that depends on dates. Only its UTC day may matter: a sync on the same
   * day with every other input unchanged is skipped (see computeRunKey).
   */
  now: Date;
}

export interface GeneratorOutput {
  files: { to: string; content: Buffer }[];
  diagnostics: Diagnostic[];
}
