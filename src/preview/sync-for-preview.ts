import { writeFile } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { DEFAULT_LIMITS } from '../collect/index.js';
import type { CommandIo } from '../cli/sync-command.js';
import { DEFAULT_FETCH_CONCURRENCY } from '../fetch/index.js';
import { runSync } from '../pipeline/run-sync.js';
import type { SiteGenerator, SyncedTree, SyncOptions } from '../pipeline/types.js';
import { createConsoleReporter } from '../report/index.js';
import type { Overrides } from './resolve-overrides.js';

/** Where the preview reads and writes, all absolute. */
export interface PreviewPaths {
  projectDir: string;
  manifestFile: string;
  manifestName: string;
  cacheDir: string;
  contentDir: string;
  reportFile: string;
}

export interface PreviewSync {
  options: SyncOptions;
  tree: SyncedTree;
}

/**
 * The sync before the dev server starts: every source at its locked commit (fetched only when the cache lacks
 * it), `--local` sources from their working trees, `--ref` sources at that ref. With `latest`, the newest
 * upstream commits, as `npm run sync` does.
 */
export async function syncForPreview(
  paths: PreviewPaths,
  overrides: Overrides,
  mode: { latest: boolean; offline: boolean },
  io: CommandIo,
  generators: readonly SiteGenerator[],
): Promise<PreviewSync> {
  const options: SyncOptions = {
    ...paths,
    lockFile: join(dirname(paths.manifestFile), `${parse(paths.manifestFile).name}.lock`),
    frozen: !mode.latest,
    offline: mode.offline,
    concurrency: DEFAULT_FETCH_CONCURRENCY,
    limits: DEFAULT_LIMITS,
    locals: Object.fromEntries(Object.entries(overrides.locals).map(([id, local]) => [id, local.path])),
    refs: overrides.refs,
    generators,
    needTree: true, // the session re-runs parts of the sync on this tree
  };
  const reporter = createConsoleReporter(io.stdout, { live: Boolean(io.stdout.isTTY) && !io.env.CI });
  const result = await runSync(options, {
    stage: (name) => reporter.stage(name),
    progress: (event) => reporter.progress(event),
    waiting: (pid) => io.stderr.write(`sync: waiting for another sync (process ${pid}) to finish…\n`),
  });
  await writeFile(paths.reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
  reporter.diagnostics(result.diagnostics);
  reporter.summary(result.report);
  return { options, tree: result.tree! };
}
