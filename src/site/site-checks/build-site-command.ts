import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { isUserError } from '../../diagnostics/user-error.js';
import { toProblem } from '../../report/build-report.js';
import type { SyncReport } from '../../report/types.js';
import { describeBuildErrors } from './describe-build-errors.js';
import { indexPageOrigins } from './index-page-origins.js';
import { loadSyncReport } from './load-sync-report.js';
import { parseBuildErrors, type BuildError } from './parse-build-errors.js';
import { planQuarantine, quarantinePages } from './quarantine-failed-pages.js';
import type { BuildIo, BuildRun } from './run-docusaurus-build.js';

export type BuildRunner = (args: readonly string[], io: BuildIo) => Promise<BuildRun>;

/** Default sync report; `SCS_SYNC_REPORT` overrides it (as for the Sources page). */
const DEFAULT_REPORT = 'sync-report.json';
/** Builds after the first, each after quarantining the upstream pages the last one failed on. */
export const MAX_REBUILDS = 4;
const STRICT_FLAG = '--strict';

/**
 * `npm run build:site -- [--strict] [docusaurus build options]`: builds the site. When the build fails on pages
 * that came from upstream (compile, static rendering, broken links or anchors), those pages are replaced by a
 * notice linking upstream and the site is built again, up to MAX_REBUILDS times; each is reported with its
 * upstream file. A problem in the site's own pages, config or code fails the build, as does any problem under
 * `--strict` (the pull-request check). Returns the exit code.
 */
export async function runBuildSiteCommand(argv: readonly string[], io: BuildIo, build: BuildRunner): Promise<number> {
  const strict = argv.includes(STRICT_FLAG);
  const args = argv.filter((arg) => arg !== STRICT_FLAG);
  const reportName = io.env.SCS_SYNC_REPORT ?? DEFAULT_REPORT;
  const quarantined: Diagnostic[] = [];
  const replaced = new Set<string>();
  for (let rebuilds = 0; ; rebuilds += 1) {
    const run = await build(args, io);
    if (run.exitCode === 0) {
      printQuarantined(io, quarantined);
      return 0;
    }
    const errors = parseBuildErrors(run.output);
    if (errors.length === 0) return run.exitCode;
    try {
      const report = await loadSyncReport(resolve(io.cwd, reportName));
      if (!report) {
        io.stderr.write(`\nbuild-site: no sync report at ${reportName}, so the upstream files of these problems are unknown.\n`);
        return run.exitCode;
      }
      const next = strict || rebuilds === MAX_REBUILDS ? undefined : await quarantineForRebuild(errors, report, resolve(io.cwd, reportName), io.cwd, replaced);
      if (!next) {
        explain(io, errors, report, reportName, strict);
        return run.exitCode;
      }
      quarantined.push(...next);
      io.stderr.write(`\nbuild-site: ${next.length} upstream page(s) could not be built; each is replaced by a notice linking upstream, building again\n`);
    } catch (error) {
      if (!isUserError(error)) throw error;
      for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      return run.exitCode;
    }
  }
}

/**
 * Quarantines the upstream pages behind `errors` and records them in the sync report; undefined when some
 * problem is not an upstream page's, or is on a page already `replaced` (then the build must fail).
 */
async function quarantineForRebuild(errors: readonly BuildError[], report: SyncReport, reportFile: string, siteDir: string, replaced: Set<string>): Promise<Diagnostic[] | undefined> {
  const plan = planQuarantine(errors, indexPageOrigins(report, siteDir), report, siteDir);
  if (plan.blocking.length > 0 || plan.targets.length === 0 || plan.targets.some((target) => replaced.has(target.file))) return undefined;
  for (const target of plan.targets) replaced.add(target.file);
  const diagnostics = await quarantinePages(plan.targets).catch(() => undefined); // a synced file gone missing: nothing to replace
  if (!diagnostics) return undefined;
  const updated: SyncReport = { ...report, problems: [...report.problems, ...diagnostics.map(toProblem)] };
  await writeFile(reportFile, `${JSON.stringify(updated, null, 2)}\n`);
  return diagnostics;
}

function explain(io: BuildIo, errors: readonly BuildError[], report: SyncReport, reportName: string, strict: boolean): void {
  const diagnostics = describeBuildErrors(errors, indexPageOrigins(report, io.cwd), io.cwd);
  io.stderr.write(`\nbuild-site: where the problems Docusaurus found come from (sync report ${reportName}):\n`);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  if (strict) io.stderr.write('build-site: --strict: upstream pages the site cannot build fail the build instead of being replaced by a notice\n');
}

function printQuarantined(io: BuildIo, quarantined: readonly Diagnostic[]): void {
  if (quarantined.length === 0) return;
  io.stderr.write(`\nbuild-site: the site was built; ${quarantined.length} upstream page(s) are published as a notice instead:\n`);
  for (const d of quarantined) io.stderr.write(`${formatDiagnostic(d)}\n`);
}
