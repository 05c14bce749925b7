import { parseArgs } from 'node:util';
import { UserError } from '../diagnostics/user-error.js';

export type ReportArgs =
  | { mode: 'markdown'; report: string; output?: string }
  | { mode: 'annotations'; report: string }
  | { mode: 'diff'; before: string; after: string; output?: string }
  | { mode: 'help' };

export const REPORT_USAGE = `Usage: npm run report -- [options]

Turns the JSON sync report into text for people and CI.

  --markdown [FILE]        the sync summary as markdown (the default); appended to FILE when given
                           (e.g. "$GITHUB_STEP_SUMMARY"), else printed
  --annotations            GitHub Actions warnings and errors for upstream problems (::warning file=…,line=…::)
  --diff OLD NEW [FILE]    what changed upstream between two reports or two locks (repos.lock), with compare links;
                           appended to FILE when given, else printed
  --report FILE            the sync report to read (default: sync-report.json)
  -h, --help               show this help

Exit codes: 0 ok · 2 bad usage or unreadable input`;

const OPTIONS = {
  markdown: { type: 'boolean', default: false },
  annotations: { type: 'boolean', default: false },
  diff: { type: 'boolean', default: false },
  report: { type: 'string', default: 'sync-report.json' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help' };
  const modes = [values.markdown && !values.diff, values.annotations, values.diff].filter(Boolean).length;
  if (modes > 1) throw usageError('choose one of --markdown, --annotations and --diff');
  if (values.diff) {
    if (positionals.length < 2 || positionals.length > 3) throw usageError('--diff needs two files: OLD NEW (and optionally an output FILE)');
    return { mode: 'diff', before: positionals[0]!, after: positionals[1]!, ...(positionals[2] !== undefined && { output: positionals[2] }) };
  }
  if (values.annotations) {
    if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"`);
    return { mode: 'annotations', report: values.report };
  }
  if (positionals.length > 1) throw usageError(`unexpected argument "${positionals[1]}"`);
  return { mode: 'markdown', report: values.report, ...(positionals[0] !== undefined && { output: positionals[0] }) };
}

function usageError(message: string): UserError {
  return new UserError([{ severity: 'error', code: 'usage/invalid-option', message, hint: 'run `npm run report -- --help` for all options' }]);
}
