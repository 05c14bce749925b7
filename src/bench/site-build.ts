import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runMeasuredOrThrow, type MeasuredRun } from './measure-command.js';

export interface SiteBuildInput {
  /** A folder made by prepareSiteCopy. */
  siteDir: string;
  contentDir: string;
  reportFile: string;
  outDir: string;
}

/** Empties the site copy's bundler cache and generated files: the next build starts cold. */
export async function clearSiteCaches(siteDir: string): Promise<void> {
  await rm(join(siteDir, 'node_modules', '.cache'), { recursive: true, force: true });
  await rm(join(siteDir, '.docusaurus'), { recursive: true, force: true });
}

/** `docusaurus build` of a synced tree in a site copy, measured (its persistent cache in the copy is used). */
export async function runSiteBuildMeasured(input: SiteBuildInput, env: NodeJS.ProcessEnv): Promise<MeasuredRun> {
  const cli = join(input.siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const buildEnv = { ...env, SCS_CONTENT_DIR: input.contentDir, SCS_SYNC_REPORT: input.reportFile, CI: 'true' };
  return runMeasuredOrThrow(
    { command: process.execPath, args: [cli, 'build', '--out-dir', input.outDir], cwd: input.siteDir, env: buildEnv },
    'docusaurus build',
  );
}
