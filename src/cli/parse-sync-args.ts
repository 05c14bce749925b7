import { closest } from 'fastest-levenshtein';
import { parseArgs } from 'node:util';
import { UserError } from '../diagnostics/user-error.js';
import { DEFAULT_FETCH_CONCURRENCY } from '../fetch/default-concurrency.js';

export interface SyncArgs {
  manifest: string;
  cache: string;
  content: string;
  report: string;
  only?: string[];
  locals: Record<string, string>;
  /** Source id → branch, tag, `refs/…` name or commit to build instead of the manifest's ref. */
  refs: Record<string, string>;
  frozen: boolean;
  offline: boolean;
  strict: boolean;
  concurrency: number;
  migrate?: string;
  help: boolean;
}

const OPTIONS = {
  manifest: { type: 'string', default: 'repos.yaml' },
  cache: { type: 'string', default: '.cache/repos' },
  content: { type: 'string', default: 'content' },
  report: { type: 'string', default: 'sync-report.json' },
  only: { type: 'string', multiple: true },
  local: { type: 'string', multiple: true },
  ref: { type: 'string', multiple: true },
  frozen: { type: 'boolean', default: false },
  offline: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  concurrency: { type: 'string', default: String(DEFAULT_FETCH_CONCURRENCY) },
  migrate: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const SYNC_USAGE = `Usage: npm run sync -- [options]

Fetches the sources in repos.yaml and writes the unified docs tree.

Options:
  --manifest FILE     manifest to read (default: repos.yaml); the lock is FILE's name with .lock
  --only ID[,ID]      fetch only these sources; the others are rebuilt from the cache at their locked commits
  --frozen            build exactly the commits in repos.lock
  --offline           use the cache only, never the network
  --strict            errors (pages the site cannot build, stale or failed sources) and problems of the
                      manifest fail the run (exit 1); warnings about upstream content are reported only
  --report FILE       where to write the JSON report (default: sync-report.json)
  --cache DIR         clone cache (default: .cache/repos)
  --content DIR       output folder Docusaurus reads (default: content)
  --local ID=PATH     take source ID from the working tree at PATH instead of its remote
  --ref ID=REF        build source ID from branch, tag, commit or refs/pull/N/head REF (repos.lock keeps its entry)
  --concurrency N     repos fetched at the same time (default: ${DEFAULT_FETCH_CONCURRENCY})
  --migrate FILE      print repos.yaml entries converted from an old docs.package.json, then exit
  -h, --help          show this help

Exit codes: 0 ok · 1 errors under --strict · 2 bad usage or invalid manifest (nothing written)
            · 74 the new tree could not be written (e.g. disk full; the previous tree is kept)`;

export function parseSyncArgs(argv: readonly string[]): SyncArgs {
  checkOptionTokens(argv);
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw usageError(`--concurrency must be a positive whole number, got "${values.concurrency}"`);
  return {
    manifest: values.manifest,
    cache: values.cache,
    content: values.content,
    report: values.report,
    only: values.only?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    locals: parseIdPairs('--local', 'PATH', values.local ?? []),
    refs: parseIdPairs('--ref', 'REF', values.ref ?? []),
    frozen: values.frozen,
    offline: values.offline,
    strict: values.strict,
    concurrency,
    migrate: values.migrate,
    help: values.help,
  };
}

/** Finds unknown options, missing values and stray arguments first, so each gets a message with a fix. */
function checkOptionTokens(argv: readonly string[]): void {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const names = Object.keys(OPTIONS);
  for (const token of tokens) {
    if (token.kind === 'positional') throw usageError(`unexpected argument "${token.value}"`, 'options start with --; run with --help');
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!spec) throw usageError(`unknown option ${token.rawName}`, `did you mean --${closest(token.name, names)}? Run with --help for all options`);
    if (spec.type === 'string' && token.value === undefined) throw usageError(`option ${token.rawName} needs a value`);
    if (spec.type === 'boolean' && token.inlineValue) throw usageError(`option ${token.rawName} takes no value`);
  }
}

/** `ID=VALUE` pairs of a repeatable option (`--local standards=../standards`); the last one for an id wins. */
export function parseIdPairs(flag: string, valueName: string, values: readonly string[]): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) throw usageError(`${flag} expects ID=${valueName}, got "${value}"`);
    pairs[value.slice(0, eq).trim()] = value.slice(eq + 1).trim();
  }
  return pairs;
}

function usageError(message: string, hint = 'run with --help for all options'): UserError {
  return new UserError([{ severity: 'error', code: 'usage/invalid-option', message, hint }]);
}
