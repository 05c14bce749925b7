import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { isUserError, UserError } from '../../diagnostics/user-error.js';
import { checkBookmarkedUrls, readUrlList, summariseUrlCheck } from './check-bookmarked-urls.js';
import { checkPageMetadata, listMissingCounterparts } from './check-page-metadata.js';
import { checkUpstreamPages } from './check-upstream-pages.js';
import { loadSyncReport } from './load-sync-report.js';
import { CHECK_SITE_USAGE, parseCheckSiteArgs, type CheckSiteArgs } from './parse-check-site-args.js';
import { readBuildFolder } from './read-build-folder.js';

export interface CheckSiteIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `npm run check:site`: 0 when every check passes, 1 with failures (all listed), 2 on bad usage or missing input. */
export async function runCheckSiteCommand(argv: readonly string[], io: CheckSiteIo): Promise<number> {
  try {
    const args = parseCheckSiteArgs(argv);
    if (args.help) {
      io.stdout.write(`${CHECK_SITE_USAGE}\n`);
      return 0;
    }
    return await checkSite(args, io);
  } catch (error) {
    if (!isUserError(error)) throw error;
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return error.exitCode;
  }
}

async function checkSite(args: CheckSiteArgs, io: CheckSiteIo): Promise<number> {
  const build = await readBuildFolder(resolve(io.cwd, args.build));
  const report = await loadSyncReport(resolve(io.cwd, args.report));
  if (!report) throw missingInput(args.report, 'there is no sync report', 'Run `npm run sync`, or pass --report FILE.');
  const failures: Diagnostic[] = [];
  if (args.urls) {
    const listName = basename(args.urls);
    const paths = readUrlList(await readUrlFile(resolve(io.cwd, args.urls), args.urls));
    const check = checkBookmarkedUrls(paths, build, listName);
    io.stdout.write(`check-site: ${summariseUrlCheck(check, listName)}\n`);
    failures.push(...check.failures);
  }
  const pages = checkUpstreamPages(report, build, args.ownSource);
  io.stdout.write(
    `check-site: ${pages.passed} of ${pages.checked} pages from upstream sources link "Edit this page" upstream ` +
      `and show "last updated"\n`,
  );
  const metadata = checkPageMetadata(build);
  const shared = [...metadata.sharedTitles.values()].reduce((count, files) => count + files.length, 0);
  io.stdout.write(
    `check-site: of ${metadata.checked} pages, ${shared} share their title with another page, ` +
      `${metadata.withoutDescription.length} have no description and ${metadata.withoutSocialImage.length} no og:image\n`,
  );
  const counterparts = listMissingCounterparts(build);
  io.stdout.write(`check-site: ${counterparts.length} pages have no counterpart in every language\n`);
  for (const d of [...failures, ...pages.failures, ...metadata.failures, ...counterparts]) io.stdout.write(`${formatDiagnostic(d)}\n`);
  const total = failures.length + pages.failures.length + metadata.failures.length + counterparts.length;
  io.stdout.write(total === 0 ? 'check-site: ok\n' : `check-site: ${total} ${total === 1 ? 'failure' : 'failures'}\n`);
  return total === 0 ? 0 : 1;
}

async function readUrlFile(file: string, name: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw missingInput(name, `cannot read the URL list (${reason})`, 'Pass an existing file to --urls.');
  }
}

function missingInput(file: string, message: string, hint: string): UserError {
  return new UserError([{ severity: 'error', code: 'site/missing-input', file, message, hint }]);
}
