import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, parse, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../collect/check-content.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { failsStrictRun } from '../diagnostics/strict-policy.js';
import { isUserError } from '../diagnostics/user-error.js';
import { migrateDocsPackage } from '../manifest/index.js';
import { runSync } from '../pipeline/run-sync.js';
import type { SiteGenerator } from '../pipeline/types.js';
import { createConsoleReporter } from '../report/index.js';
import type { SyncReport } from '../report/types.js';
import { parseSyncArgs, SYNC_USAGE, type SyncArgs } from './parse-sync-args.js';
import { reportInternalError } from './report-internal-error.js';

/** What the sync prints when every input is as the last sync left it and it stops after resolving refs. */
export const NOTHING_CHANGED = 'nothing changed since the last sync: the tree and lock are kept as they are';

export interface CommandIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** What the site adds to the generic sync (its page generators). */
export interface SiteExtensions {
  generators?: readonly SiteGenerator[];
}

/** `npm run sync`: returns the exit code (0 ok, 1 upstream problems under --strict, 2 usage/manifest errors). */
export async function runSyncCommand(argv: readonly string[], io: CommandIo, site: SiteExtensions = {}): Promise<number> {
  try {
    const args = parseSyncArgs(argv);
    if (args.help) {
      io.stdout.write(`${SYNC_USAGE}\n`);
      return 0;
    }
    if (args.migrate) return await printMigration(args.migrate, io);
    return await sync(args, io, site);
  } catch (error) {
    if (isUserError(error)) {
      for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      return error.exitCode;
    }
    return reportInternalError(error, io.stderr);
  }
}

async function sync(args: SyncArgs, io: CommandIo, site: SiteExtensions): Promise<number> {
  const manifestFile = resolve(io.cwd, args.manifest);
  const manifestParts = parse(manifestFile);
  const live = Boolean(io.stdout.isTTY) && !io.env.CI;
  const reporter = createConsoleReporter(io.stdout, { live });
  const { report, diagnostics } = await runSync(
    {
      projectDir: io.cwd,
      manifestFile,
      manifestName: args.manifest,
      lockFile: join(dirname(manifestFile), `${manifestParts.name}.lock`),
      cacheDir: resolve(io.cwd, args.cache),
      contentDir: resolve(io.cwd, args.content),
      only: args.only,
      frozen: args.frozen,
      offline: args.offline,
      concurrency: args.concurrency,
      limits: DEFAULT_LIMITS,
      locals: args.locals,
      refs: args.refs,
      generators: site.generators,
    },
    {
      stage: (name) => reporter.stage(name),
      progress: (event) => reporter.progress(event),
      waiting: (pid) => io.stderr.write(`sync: waiting for another sync (process ${pid}) to finish…\n`),
      unchanged: () => reporter.stage(NOTHING_CHANGED),
    },
  );
  await writeFile(resolve(io.cwd, args.report), `${JSON.stringify(report, null, 2)}\n`);
  reporter.diagnostics(diagnostics);
  reporter.summary(report);
  return exitCodeFor(report, diagnostics, args.strict);
}

export function exitCodeFor(report: SyncReport, diagnostics: readonly Diagnostic[], strict: boolean): number {
  if (!strict) return 0;
  const degraded = report.sources.some((s) => s.status === 'stale' || s.status === 'failed');
  return degraded || diagnostics.some(failsStrictRun) ? 1 : 0;
}

async function printMigration(file: string, io: CommandIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) {
    io.stderr.write(`${formatDiagnostic({ severity: 'error', code: 'usage/missing-file', message: `cannot read ${file}`, hint: 'give the path of the old docs.package.json' })}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`${formatDiagnostic({ severity: 'error', code: 'usage/invalid-json', message: `${file} is not valid JSON: ${(error as Error).message}`, file })}\n`);
    return 2;
  }
  const { yaml, diagnostics } = migrateDocsPackage(json, file);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  io.stdout.write(yaml);
  return hasErrors(diagnostics) ? 2 : 0;
}
