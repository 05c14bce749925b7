import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { isUserError, UserError } from '../../diagnostics/user-error.js';
import { serveStatic } from '../search/bench/serve-static.js';
import { indexPageOrigins, type PageOrigin } from '../site-checks/index-page-origins.js';
import { loadSyncReport } from '../site-checks/load-sync-report.js';
import { readBuildFolder } from '../site-checks/read-build-folder.js';
import { readBuiltPage } from '../site-checks/read-built-page.js';
import { findPageFile } from '../site-checks/resolve-url-path.js';
import { COLOR_SCHEMES } from './audit-page.js';
import { auditPages, openSchemeContext } from './audit-pages.js';
import { describeViolations } from './describe-violations.js';
import { CHECK_A11Y_USAGE, parseCheckA11yArgs, type CheckA11yArgs } from './parse-check-a11y-args.js';
import { readSitemapPaths } from './read-sitemap.js';
import { selectSamplePages } from './select-sample-pages.js';

export interface CheckA11yIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Milliseconds of a monotonic clock, for the time the check took. */
  now(): number;
}

/** Pages audited side by side per scheme: Chromium renders one while axe inspects the other. */
const TABS = 2;

/** `npm run check:a11y`: 0 when no page violates a rule, 1 with violations (all listed), 2 on bad usage or missing input. */
export async function runCheckA11yCommand(argv: readonly string[], io: CheckA11yIo): Promise<number> {
  try {
    const args = parseCheckA11yArgs(argv);
    if (args.help) {
      io.stdout.write(`${CHECK_A11Y_USAGE}\n`);
      return 0;
    }
    return await checkA11y(args, io);
  } catch (error) {
    if (!isUserError(error)) throw error;
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return error.exitCode;
  }
}

async function checkA11y(args: CheckA11yArgs, io: CheckA11yIo): Promise<number> {
  const started = io.now();
  const buildDir = resolve(io.cwd, args.build);
  const paths = await listPagesToCheck(buildDir, args.sample);
  const origins = await loadOrigins(args.report, io);
  io.stdout.write(`check:a11y: ${paths.length} pages${args.sample ? ' (sample)' : ''} × ${COLOR_SCHEMES.length} colour schemes\n`);
  const counts = new Map<string, number>();
  const server = await serveStatic(buildDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(io.env);
    for (const scheme of COLOR_SCHEMES) {
      const context = await openSchemeContext(browser, server.url, scheme);
      const audits = await auditPages(context, scheme, paths, TABS, (audit) => {
        for (const d of describeViolations(audit, origins)) io.stdout.write(`${formatDiagnostic(d)}\n`);
      });
      await context.close();
      counts.set(scheme, audits.reduce((sum, audit) => sum + audit.violations.length + (audit.error === undefined ? 0 : 1), 0));
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  const seconds = ((io.now() - started) / 1000).toFixed(1);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const perScheme = [...counts].map(([scheme, n]) => `${scheme} ${n}`).join(', ');
  io.stdout.write(`check:a11y: ${total === 0 ? 'ok, no' : total} violations (${perScheme}) on ${paths.length} pages in ${seconds} s\n`);
  return total === 0 ? 0 : 1;
}

/** Every page of the sitemap; with `sample`, the sample of selectSamplePages read from the built HTML. */
async function listPagesToCheck(buildDir: string, sample: boolean): Promise<string[]> {
  const build = await readBuildFolder(buildDir);
  const sitemap = build.read('sitemap.xml');
  if (sitemap === undefined) throw missingInput(join(buildDir, 'sitemap.xml'), 'the build has no sitemap', 'Build the site with `npm run build:site` (the classic preset writes sitemap.xml).');
  const paths = readSitemapPaths(sitemap);
  if (!sample) return paths;
  return selectSamplePages(
    paths.map((path) => {
      const file = findPageFile(path, build.files);
      const page = readBuiltPage((file && build.read(file)) ?? '');
      return { path, template: page.template, constructs: page.constructs };
    }),
  );
}

/** Upstream origins by site path, from the sync report; without one, violations name pages only. */
async function loadOrigins(reportFile: string, io: CheckA11yIo): Promise<Map<string, PageOrigin>> {
  const report = await loadSyncReport(resolve(io.cwd, reportFile));
  if (report) return indexPageOrigins(report, io.cwd).byRoute;
  io.stderr.write(`check:a11y: no sync report at ${reportFile}: violations name pages, not upstream files (pass --report FILE)\n`);
  return new Map();
}

async function launchChromium(env: NodeJS.ProcessEnv): Promise<Browser> {
  const executablePath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
    throw missingInput(executablePath, `Chromium did not start (${reason})`, 'Install it (apt-get install chromium) or set CHROMIUM_PATH.');
  }
}

function missingInput(file: string, message: string, hint: string): UserError {
  return new UserError([{ severity: 'error', code: 'a11y/missing-input', file, message, hint } satisfies Diagnostic]);
}
