import { dirname, join, parse, resolve } from 'node:path';
import type { CommandIo } from '../cli/sync-command.js';
import { reportInternalError } from '../cli/report-internal-error.js';
import { DEFAULT_LIMITS } from '../collect/index.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import { isUserError } from '../diagnostics/user-error.js';
import { describeCause } from '../pipeline/describe-cause.js';
import { loadManifest } from '../manifest/index.js';
import { applyOverrides } from '../pipeline/apply-overrides.js';
import { holdProjectLock } from '../pipeline/project-lock.js';
import type { SiteGenerator } from '../pipeline/types.js';
import { PREVIEW_FOCUS_ENV } from '../site/preview-focus/preview-focus.js';
import { DOCS_RELOAD_ENV } from '../site/preview-reload/docs-reload-signal.js';
import { prepareDocsReloadSignals, signalDocsReload } from './docs-reload.js';
import { checkLocalCheckouts } from './check-local-checkouts.js';
import { focusPreview } from './focus-preview.js';
import { formatUpdate } from './format-update.js';
import { parseStartArgs, START_USAGE, type StartArgs } from './parse-start-args.js';
import { followWorkingTrees } from './follow-working-trees.js';
import { listLocalSources, type PreviewUpdate } from './preview-session.js';
import { readLocalConfig } from './read-local-config.js';
import { collectLayers, mergeOverrides, type Overrides } from './resolve-overrides.js';
import { startDevServer, type DevServer } from './start-dev-server.js';
import { syncForPreview, type PreviewPaths, type PreviewSync } from './sync-for-preview.js';
import type { SourceWatcher } from './watch-sources.js';

export interface StartOptions {
  generators?: readonly SiteGenerator[];
  /** Stops the preview (the dev server and the watcher) when aborted, e.g. on Ctrl+C. */
  signal?: AbortSignal;
  /** Receives the dev server's output instead of the terminal. */
  onServerOutput?: (text: string) => void;
  /** Called after each edit has been applied to the tree. */
  onUpdate?: (update: PreviewUpdate) => void;
}

/**
 * `npm start`: syncs (working trees for `--local`, refs for `--ref`), starts `docusaurus start` on the tree and
 * follows the working trees until the server stops. Returns the exit code (2: bad usage or local path).
 */
export async function runStartCommand(argv: readonly string[], io: CommandIo, options: StartOptions = {}): Promise<number> {
  try {
    const args = parseStartArgs(argv);
    if (args.help) {
      io.stdout.write(`${START_USAGE}\n`);
      return 0;
    }
    const paths = resolvePaths(args, io.cwd);
    const overrides = await loadOverrides(args, paths, io);
    await checkOverrides(paths, overrides);
    describeOverrides(overrides, io);
    // Node and Docusaurus load while the sync runs; the server reads the tree once it has the sync's settings
    const server = startDevServer({ projectDir: paths.projectDir, args: args.docusaurusArgs, env: serverEnv(io.env, paths), onOutput: options.onServerOutput });
    const stop = () => server.stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) stop();
    try {
      return await serve(args, paths, overrides, server, io, options);
    } finally {
      options.signal?.removeEventListener('abort', stop);
    }
  } catch (error) {
    if (!isUserError(error)) return reportInternalError(error, io.stderr);
    for (const d of error.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return error.exitCode;
  }
}

function resolvePaths(args: StartArgs, cwd: string): PreviewPaths {
  const manifestFile = resolve(cwd, args.manifest);
  return {
    projectDir: cwd,
    manifestFile,
    manifestName: args.manifest,
    cacheDir: resolve(cwd, args.cache),
    contentDir: resolve(cwd, args.content),
    reportFile: resolve(cwd, args.report),
  };
}

/** repos.local.yaml beside the manifest, then SCS_LOCAL/SCS_REF, then the command line. */
async function loadOverrides(args: StartArgs, paths: PreviewPaths, io: CommandIo): Promise<Overrides> {
  const manifest = parse(paths.manifestFile);
  const file = join(manifest.dir, `${manifest.name}.local.yaml`);
  const name = `${manifest.name}.local.yaml`;
  const data = await readLocalConfig(file, name);
  const userDir = io.env.INIT_CWD ?? io.cwd; // npm runs scripts in the project folder; paths are typed where the user is
  return mergeOverrides(collectLayers({ config: data && { file, name, data }, env: io.env, userDir, args: { locals: args.locals, refs: args.refs } }));
}

/** Unknown ids, bad refs and local folders that are not git checkouts stop the preview before anything runs. */
async function checkOverrides(paths: PreviewPaths, overrides: Overrides): Promise<void> {
  const manifest = await loadManifest(paths.manifestFile, paths.manifestName);
  const locals = Object.fromEntries(Object.entries(overrides.locals).map(([id, local]) => [id, local.path]));
  applyOverrides(manifest, { projectDir: paths.projectDir, locals, refs: overrides.refs });
  await checkLocalCheckouts(overrides.locals);
}

function describeOverrides(overrides: Overrides, io: CommandIo): void {
  for (const [id, local] of Object.entries(overrides.locals)) io.stdout.write(`preview: ${id} from the working tree ${local.path} (${local.origin})\n`);
  for (const [id, ref] of Object.entries(overrides.refs)) io.stdout.write(`preview: ${id} at ${ref}\n`);
}

/** The dev server's environment for a preview of the `--local`/`--ref` sources only; none under `--full` or without them. */
async function focusOn(args: StartArgs, paths: PreviewPaths, overrides: Overrides, synced: PreviewSync, io: CommandIo): Promise<Record<string, string>> {
  const focused = new Set([...Object.keys(overrides.locals), ...Object.keys(overrides.refs)]);
  if (args.full || focused.size === 0) return {};
  const focus = await focusPreview(synced.tree, focused, paths.contentDir, join(dirname(paths.cacheDir), 'preview-focus.json'));
  io.stdout.write(`preview: building only ${[...focused].join(', ')} and the site's own pages; links to the ${focus.elsewhere} other pages go to the published site (--full builds everything)\n`);
  return focus.env;
}

/** The dev server's environment before the sync: this run's paths, never a focus or reload signals left in the environment. */
function serverEnv(env: NodeJS.ProcessEnv, paths: PreviewPaths): NodeJS.ProcessEnv {
  const { [PREVIEW_FOCUS_ENV]: _unfocused, [DOCS_RELOAD_ENV]: _unsignalled, ...inherited } = env;
  return { ...inherited, SCS_CONTENT_DIR: paths.contentDir, SCS_SYNC_REPORT: paths.reportFile };
}

/** Syncs, lets the waiting server go on with the focus and reload signals, and follows the working trees until it stops. */
async function serve(args: StartArgs, paths: PreviewPaths, overrides: Overrides, server: DevServer, io: CommandIo, options: StartOptions): Promise<number> {
  let watcher: SourceWatcher | undefined;
  try {
    const synced = await syncForPreview(paths, overrides, args, io, options.generators ?? []);
    const focus = await focusOn(args, paths, overrides, synced, io);
    const follows = args.watch && listLocalSources(synced.tree, paths.projectDir).length > 0;
    const reloadDir = follows ? join(dirname(paths.cacheDir), 'preview-reload') : undefined;
    if (reloadDir) await prepareDocsReloadSignals(reloadDir);
    server.proceed({ ...focus, ...(reloadDir ? { [DOCS_RELOAD_ENV]: reloadDir } : {}) });
    watcher = reloadDir ? await followAndReport(paths, synced, io, options, server, reloadDir) : undefined;
  } catch (error) {
    server.stop();
    await server.exited;
    throw error;
  }
  const code = await server.exited;
  await watcher?.close();
  return code;
}

/** Follows the working trees; prints what each edit did. Undefined without working trees. */
async function followAndReport(paths: PreviewPaths, synced: PreviewSync, io: CommandIo, options: StartOptions, server: DevServer, reloadDir: string): Promise<SourceWatcher | undefined> {
  const observer = { stage: () => {}, progress: () => {}, waiting: (pid: number) => io.stderr.write(`preview: waiting for a sync (process ${pid}) to finish…\n`) };
  const watcher = await followWorkingTrees(
    synced.tree,
    {
      projectDir: paths.projectDir,
      contentDir: paths.contentDir,
      limits: DEFAULT_LIMITS,
      generators: options.generators ?? [],
      now: () => new Date(),
      exclusive: (work) => holdProjectLock(synced.options, observer, work),
      pause: () => new Promise((resolvePromise) => setImmediate(resolvePromise)),
    },
    {
      onUpdate: (changes, update, elapsedMs) => {
        if (update.docsReload.length > 0) signalDocsReload(reloadDir, update.docsReload).catch((error: unknown) => io.stderr.write(`preview: could not signal the dev server: ${describeCause(error)}\n`));
        io.stdout.write(formatUpdate(changes, update, elapsedMs));
        options.onUpdate?.(update);
      },
      onError: (error) => io.stderr.write(`preview: could not apply a change: ${describeCause(error)}\n`),
    },
  );
  if (!watcher) return undefined;
  const ids = listLocalSources(synced.tree, paths.projectDir).map((s) => s.id);
  io.stdout.write(`preview: watching ${ids.join(', ')} for changes\n`);
  void server.exited.then(() => watcher.close());
  return watcher;
}
