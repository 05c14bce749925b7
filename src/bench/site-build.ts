import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocusaurusPhases, parseSearchIndexMs, PERF_LOGGER_ENV, type DocusaurusPhases } from './docusaurus-phases.js';
import { bundleOnce, launcherCommand } from './launcher-command.js';
import { runMeasuredOrThrow, type MeasuredRun } from './measure-command.js';

export interface SiteBuildInput {
  /** The project whose `build:site` runs (its launcher and command bundle). */
  projectDir: string;
  /** A folder made by prepareSiteCopy. */
  siteDir: string;
  contentDir: string;
  reportFile: string;
  outDir: string;
}

export interface SiteBuildRun extends MeasuredRun {
  /** Docusaurus' phases, from its perf log (undefined if it printed none). */
  phases?: DocusaurusPhases;
  /** The Pagefind index's own time, inside postBuild. */
  searchIndexMs?: number;
}

/** Enough of a build's output to hold every perf log line of a large site. */
const KEEP_BUILD_OUTPUT_CHARS = 4_000_000;

/** Empties the site copy's bundler cache and generated files: the next build starts cold. */
export async function clearSiteCaches(siteDir: string): Promise<void> {
  await rm(join(siteDir, 'node_modules', '.cache'), { recursive: true, force: true });
  await rm(join(siteDir, '.docusaurus'), { recursive: true, force: true });
}

/**
 * `npm run build:site` (docusaurus build with the quarantine of upstream pages, then the search index) of a synced
 * tree in a site copy, measured, with Docusaurus' perf log for the phases (its persistent cache in the copy is used).
 */
export async function runSiteBuildMeasured(input: SiteBuildInput, env: NodeJS.ProcessEnv): Promise<SiteBuildRun> {
  await bundleOnce(input.projectDir, 'build-site');
  const buildEnv = { ...env, ...PERF_LOGGER_ENV, SCS_CONTENT_DIR: input.contentDir, SCS_SYNC_REPORT: input.reportFile, CI: 'true' };
  const run = await runMeasuredOrThrow(
    {
      command: process.execPath,
      args: [...launcherCommand(input.projectDir, 'build-site'), '--out-dir', input.outDir],
      cwd: input.siteDir,
      env: buildEnv,
      keepOutputChars: KEEP_BUILD_OUTPUT_CHARS,
    },
    'npm run build:site',
  );
  return { ...run, phases: parseDocusaurusPhases(run.output), searchIndexMs: parseSearchIndexMs(run.output) };
}
