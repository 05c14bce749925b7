import { resolve } from 'node:path';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { isUserError } from '../../diagnostics/user-error.js';
import { describeBuildErrors } from './describe-build-errors.js';
import { indexPageOrigins } from './index-page-origins.js';
import { loadSyncReport } from './load-sync-report.js';
import { parseBuildErrors } from './parse-build-errors.js';
import type { BuildIo, BuildRun } from './run-docusaurus-build.js';

export type BuildRunner = (args: readonly string[], io: BuildIo) => Promise<BuildRun>;

/** Default sync report; `SCS_SYNC_REPORT` overrides it (as for the Sources page). */
const DEFAULT_REPORT = 'sync-report.json';

/**
 * `npm run build:site -- [docusaurus build options]`: builds the site; when the build fails on broken links,
 * anchors or markdown files, names the upstream repo and file each one comes from. Returns Docusaurus' exit code.
 */
export async function runBuildSiteCommand(argv: readonly string[], io: BuildIo, build: BuildRunner): Promise<number> {
  const run = await build(argv, io);
  if (run.exitCode === 0) return 0;
  const errors = parseBuildErrors(run.output);
  if (errors.length === 0) return run.exitCode;
  const reportName = io.env.SCS_SYNC_REPORT ?? DEFAULT_REPORT;
  try {
    const report = await loadSyncReport(resolve(io.cwd, reportName));
    if (!report) {
      io.stderr.write(`\nbuild-site: no sync report at ${reportName}, so the upstream files of these problems are unknown.\n`);
      return run.exitCode;
    }
    const diagnostics = describeBuildErrors(errors, indexPageOrigins(report, io.cwd), io.cwd);
    io.stderr.write(`\nbuild-site: where the problems Docusaurus found come from (sync report ${reportName}):\n`);
    for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  } catch (error) {
    if (!isUserError(error)) throw error;
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  return run.exitCode;
}
