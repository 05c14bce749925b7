import { appendFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/format.js';
import { isUserError, UserError } from '../diagnostics/user-error.js';
import { diffSnapshots } from './diff-snapshots.js';
import { formatAnnotations } from './format-annotations.js';
import { parseReportArgs, REPORT_USAGE } from './parse-report-args.js';
import { readSnapshot } from './read-snapshot.js';
import { renderDiff } from './render-diff.js';
import { renderSummary } from './render-summary.js';
import type { SyncReport } from './types.js';

export interface ReportIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** `npm run report`: returns the exit code (0 ok, 2 bad usage or an unreadable input). */
export async function runReportCommand(argv: readonly string[], io: ReportIo): Promise<number> {
  try {
    const args = parseReportArgs(argv);
    if (args.mode === 'help') {
      io.stdout.write(`${REPORT_USAGE}\n`);
    } else if (args.mode === 'annotations') {
      for (const line of formatAnnotations(await readReport(io.cwd, args.report))) io.stdout.write(`${line}\n`);
    } else if (args.mode === 'markdown') {
      await emit(io, args.output, renderSummary(await readReport(io.cwd, args.report)));
    } else {
      const [before, after] = await Promise.all([readSnapshotFile(io.cwd, args.before), readSnapshotFile(io.cwd, args.after)]);
      await emit(io, args.output, renderDiff(diffSnapshots(before, after)));
    }
    return 0;
  } catch (error) {
    if (!isUserError(error)) throw error;
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return error.exitCode;
  }
}

async function emit(io: ReportIo, output: string | undefined, text: string): Promise<void> {
  if (output === undefined) io.stdout.write(text);
  else await appendFile(resolve(io.cwd, output), text);
}

async function readReport(cwd: string, file: string): Promise<SyncReport> {
  const value = await readJson(cwd, file);
  const snapshot = readSnapshot(value, file);
  if (snapshot.kind !== 'report') throw unreadable(file, 'is a lock file, not a sync report', 'pass the sync-report.json written by `npm run sync`');
  return value as SyncReport;
}

async function readSnapshotFile(cwd: string, file: string) {
  return readSnapshot(await readJson(cwd, file), file);
}

async function readJson(cwd: string, file: string): Promise<unknown> {
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => undefined);
  if (text === undefined) throw unreadable(file, 'cannot be read', 'run `npm run sync` first, or name an existing file');
  try {
    return JSON.parse(text);
  } catch {
    throw unreadable(file, 'is not valid JSON', 'pass a sync report or a repos.lock');
  }
}

function unreadable(file: string, problem: string, hint: string): UserError {
  return new UserError([{ severity: 'error', code: 'report/unreadable', message: `${file} ${problem}`, file, hint }]);
}
