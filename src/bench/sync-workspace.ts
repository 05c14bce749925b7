import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { NOTHING_CHANGED } from '../cli/sync-command.js';
import type { SyncReport } from '../report/types.js';
import { bundleOnce, launcherCommand } from './launcher-command.js';
import { runMeasuredOrThrow } from './measure-command.js';
import type { RunCost } from './types.js';

/** A sync's own folders, outside the project: its manifest copy (and lock beside it), content, cache and report. */
export interface SyncWorkspace {
  projectDir: string;
  manifestFile: string;
  contentDir: string;
  cacheDir: string;
  reportFile: string;
}

export interface SyncRun extends RunCost {
  /** The time the pipeline itself reported (without starting node and loading the code). */
  pipelineMs: number;
  /** Milliseconds per stage, as the report gives them. */
  stages: Record<string, number>;
  docs: number;
  /** The sync found every input as the last one left it and stopped after resolving refs (it printed so). */
  unchanged: boolean;
}

/** Creates a workspace in `dir` with a copy of `manifest`, so the project's repos.lock is never touched. */
export async function createSyncWorkspace(projectDir: string, manifest: string, dir: string): Promise<SyncWorkspace> {
  await mkdir(dir, { recursive: true });
  const manifestFile = join(dir, 'repos.yaml');
  if (manifest !== manifestFile) await copyFile(manifest, manifestFile);
  return { projectDir, manifestFile, contentDir: join(dir, 'content'), cacheDir: join(dir, 'cache'), reportFile: join(dir, 'report.json') };
}

/** Forgets everything a previous sync left: content, clone and derived caches, lock and report (a cold start). */
export async function resetSyncWorkspace(workspace: SyncWorkspace): Promise<void> {
  const { dir, name } = parse(workspace.manifestFile);
  for (const path of [workspace.contentDir, workspace.cacheDir, workspace.reportFile, join(dir, `${name}.lock`)]) {
    await rm(path, { recursive: true, force: true });
  }
}

/** `npm run sync` on the workspace as its own process (the way users run it), measured; fails when a source fails. */
export async function runSyncMeasured(workspace: SyncWorkspace, env: NodeJS.ProcessEnv, timeoutMs?: number): Promise<SyncRun> {
  await bundleOnce(workspace.projectDir, 'sync');
  const args = [
    ...launcherCommand(workspace.projectDir, 'sync'),
    '--manifest', workspace.manifestFile,
    '--content', workspace.contentDir,
    '--cache', workspace.cacheDir,
    '--report', workspace.reportFile,
  ];
  const run = await runMeasuredOrThrow({ command: process.execPath, args, cwd: workspace.projectDir, env: { ...env, CI: 'true' }, timeoutMs }, 'the sync');
  const report = JSON.parse(await readFile(workspace.reportFile, 'utf8')) as SyncReport;
  const failed = report.sources.filter((s) => s.status === 'failed' || s.status === 'stale');
  if (failed.length > 0) throw new Error(`the sync could not fetch ${failed.map((s) => `${s.id} (${s.error ?? s.status})`).join(', ')}`);
  const docs = report.sources.flatMap((s) => s.files).filter((f) => f.route !== undefined).length;
  const unchanged = run.output.includes(NOTHING_CHANGED);
  return { wallMs: run.wallMs, peakTreeRssBytes: run.peakTreeRssBytes, pipelineMs: report.durationMs, stages: report.stages ?? {}, docs, unchanged };
}
