/** Syncing into and building a site in a folder of a test's own: the project's content/, build/ and caches untouched. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runSyncCommand } from '../../src/cli/sync-command.js';
import { checkPage } from '../../src/page-check/check-page.js';
import type { SyncReport } from '../../src/report/types.js';
import { SITE_GENERATORS } from '../../src/site/generators.js';
import { runBuildSiteCommand } from '../../src/site/site-checks/build-site-command.js';
import { runDocusaurusBuild } from '../../src/site/site-checks/run-docusaurus-build.js';
import { setEnv } from './git-env.js';

export const PROJECT = resolve(import.meta.dirname, '..', '..');
/** Pages checked as if the site's content folder held them (their images need not exist). */
export const CHECK_SITE = { projectDir: PROJECT, contentDir: '/nonexistent/content' };

/**
 * `npm run sync` of `manifest` into `<dir>/{content,cache,report.json}`, git run with `gitEnv` (e.g. the insteadOf
 * of the test's remotes); its exit code, output and report.
 */
export async function syncInto(dir: string, manifest: string, gitEnv: Record<string, string>): Promise<{ exitCode: number; output: string; report: SyncReport }> {
  let output = '';
  const sink = { write: (text: string | Uint8Array) => ((output += String(text)), true) };
  const args = ['--manifest', manifest, '--cache', join(dir, 'cache'), '--content', join(dir, 'content'), '--report', join(dir, 'report.json')];
  const restore = setEnv(gitEnv); // git, run by the sync, reads the process' environment
  try {
    const exitCode = await runSyncCommand(args, { cwd: PROJECT, stdout: sink, stderr: sink, env: { ...process.env, CI: 'true' } }, { generators: SITE_GENERATORS });
    return { exitCode, output, report: readReport(dir) };
  } finally {
    restore();
  }
}

/** `npm run build:site` (the wrapper that quarantines and rebuilds) of `<dir>/content` into `<dir>/build`. */
export async function buildSiteInto(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<{ exitCode: number; output: string }> {
  let output = '';
  const sink = { write: (text: string | Uint8Array) => ((output += String(text)), true) };
  const buildEnv = {
    ...env,
    SCS_CONTENT_DIR: join(dir, 'content'),
    SCS_SYNC_REPORT: join(dir, 'report.json'),
    DOCUSAURUS_GENERATED_FILES_DIR_NAME: join(dir, 'generated'),
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  };
  const exitCode = await runBuildSiteCommand(['--out-dir', join(dir, 'build')], { cwd: PROJECT, env: buildEnv, stdout: sink, stderr: sink }, runDocusaurusBuild);
  return { exitCode, output };
}

/** The report in `<dir>` as it is now (the build adds the pages it quarantined). */
export function readReport(dir: string): SyncReport {
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as SyncReport;
}

/** The pages the site's markdown pipeline cannot build, as `from: reason`. */
export async function findUnbuildablePages(pages: readonly { from: string; to: string; text: string }[]): Promise<string[]> {
  const failures: string[] = [];
  for (const page of pages) {
    const check = await checkPage({ to: page.to, text: page.text }, CHECK_SITE);
    if (!check.ok) failures.push(`${page.from}: ${check.problem.message}`);
  }
  return failures;
}
