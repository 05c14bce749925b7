import { parseIdPairs } from '../cli/parse-sync-args.js';
import { UserError } from '../diagnostics/user-error.js';

export interface StartArgs {
  /** Source id → working tree, as typed (relative to the folder `npm start` was run from). */
  locals: Record<string, string>;
  /** Source id → branch, tag, `refs/…` or commit to preview. */
  refs: Record<string, string>;
  manifest: string;
  cache: string;
  content: string;
  report: string;
  /** Fetch the newest upstream commits (and move repos.lock) instead of building the locked ones. */
  latest: boolean;
  offline: boolean;
  watch: boolean;
  /** Build the whole site even when `--local`/`--ref` name sources (otherwise only their pages and the site's own). */
  full: boolean;
  help: boolean;
  /** Every other argument, for `docusaurus start` unchanged (`--port 3001`, `--host 0.0.0.0`, `--no-open`). */
  docusaurusArgs: string[];
}

const VALUE_OPTIONS = ['local', 'ref', 'manifest', 'cache', 'content', 'report'] as const;
const FLAG_OPTIONS = ['latest', 'offline', 'no-watch', 'full', 'help'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export const START_USAGE = `Usage: npm start -- [options] [docusaurus start options]

Syncs the site (locked commits from the cache) and starts the Docusaurus dev server. Sources taken from a
working tree are watched: an edit shows in the open browser without a restart. When --local or --ref name
sources, only their pages and the site's own are built; links to other pages go to the published site.

Options:
  --local ID=PATH   take source ID from the working tree at PATH (uncommitted and untracked files included)
  --ref ID=REF      build source ID from a branch, tag, commit or refs/pull/N/head of its repo
  --latest          fetch the newest upstream commits (moves repos.lock) instead of the locked ones
  --offline         use the clone cache only
  --no-watch        do not follow the working trees
  --full            build the whole site, not only the pages of the --local and --ref sources
  --manifest FILE   manifest (default: repos.yaml); --cache DIR, --content DIR, --report FILE as for the sync
  -h, --help        show this help

Also read: repos.local.yaml beside the manifest (local: {ID: PATH}, ref: {ID: REF}) and the environment
variables SCS_LOCAL="ID=PATH,ID=PATH" and SCS_REF="ID=REF"; options given here win.
Everything else goes to docusaurus start unchanged: --port 3001, --host 0.0.0.0, --no-open, ...`;

/** Picks out the preview's own options; the rest is kept, in order, for `docusaurus start`. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const values: Record<ValueOption, string[]> = { local: [], ref: [], manifest: [], cache: [], content: [], report: [] };
  const flags = new Set<string>();
  const docusaurusArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      docusaurusArgs.push(...argv.slice(i + 1));
      break;
    }
    const [name, inline] = splitOption(arg);
    if (isValueOption(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw usageError(`option --${name} needs a value`);
      values[name].push(value);
    } else if (arg === '-h' || (FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (inline !== undefined) throw usageError(`option --${name} takes no value`);
      flags.add(arg === '-h' ? 'help' : name);
    } else {
      docusaurusArgs.push(arg);
    }
  }
  return {
    locals: parseIdPairs('--local', 'PATH', values.local),
    refs: parseIdPairs('--ref', 'REF', values.ref),
    manifest: values.manifest.at(-1) ?? 'repos.yaml',
    cache: values.cache.at(-1) ?? '.cache/repos',
    content: values.content.at(-1) ?? 'content',
    report: values.report.at(-1) ?? 'sync-report.json',
    latest: flags.has('latest'),
    offline: flags.has('offline'),
    watch: !flags.has('no-watch'),
    full: flags.has('full'),
    help: flags.has('help'),
    docusaurusArgs,
  };
}

/** `--name=value` → [name, value]; `--name` → [name, undefined]; anything else → ['', undefined]. */
function splitOption(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return ['', undefined];
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg.slice(2), undefined] : [arg.slice(2, eq), arg.slice(eq + 1)];
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function usageError(message: string): UserError {
  return new UserError([{ severity: 'error', code: 'usage/invalid-option', message, hint: 'run npm start -- --help for all options' }]);
}
