/**
 * Runs `npm start -- --local ID=<checkout>` in-process (on the demo manifest with the demo's operator guide, or on
 * any manifest), entirely inside a temp folder (content, clone cache, report, Docusaurus' generated files), against
 * a git checkout that the test then edits. Nothing is written into the project.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { prepareDemoRepos } from '../../../src/demo/prepare-demo-repos.js';
import { runStartCommand } from '../../../src/preview/start-command.js';
import { SITE_GENERATORS } from '../../../src/site/generators.js';
import { isolatedGitEnv, setEnv } from '../../helpers/git-env.js';

export interface PreviewServer {
  /** `http://localhost:<port>` without a trailing slash. */
  url: string;
  /** The working tree that the preview follows. */
  checkout: string;
  /** From `npm start` until the dev server answered with its first compiled page. */
  startMs: number;
  /** Of which until the preview's sync was done (its summary printed; Docusaurus loads meanwhile). */
  syncMs: number | undefined;
  /** Everything the preview and the dev server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** What a preview follows: the manifest, the source taken from a working tree, and where its repos are served. */
export interface PreviewSetup {
  manifest: string;
  /** The source followed from a working tree (`--local ID=CHECKOUT`). */
  local: { id: string; checkout: string };
  /** GitHub URLs starting with `githubPrefix` are fetched from `remoteBase` instead (local mirrors). */
  mirrors: { remoteBase: string; githubPrefix: string };
  /** Build the whole site (`--full`), not only the followed source's pages and the site's own. */
  full?: boolean;
  /** Fetch the newest commits (`--latest`) instead of locked ones. */
  latest?: boolean;
  /** Keep the bundler's persistent cache in this folder (kept between starts); without it, every start is cold. */
  bundlerCacheDir?: string;
}

/** Syncs the demo with the operator guide from a fresh checkout, and starts the dev server on a free port. */
export async function startPreviewServer(projectDir: string, workDir: string, options: { full?: boolean } = {}): Promise<PreviewServer> {
  const repos = prepareDemoRepos(join(projectDir, 'examples', 'upstreams'), join(workDir, 'demo'));
  const checkout = join(workDir, 'checkout');
  execFileSync('git', ['clone', '--quiet', `${repos.remoteBase}demo-operator-guide.git`, checkout]);
  const manifest = join(workDir, 'repos.yaml');
  copyFileSync(join(projectDir, 'examples', 'repos.yaml'), manifest);
  const mirrors = { remoteBase: repos.remoteBase, githubPrefix: 'https://github.com/example-org/' };
  return startPreview(projectDir, workDir, { manifest, local: { id: 'demo-operator-guide', checkout }, mirrors, latest: true, full: options.full });
}

/**
 * Runs `npm start -- --local ID=CHECKOUT` in-process, everything inside `workDir` (content, clone cache, report,
 * Docusaurus' generated files), and waits until the dev server serves its first compiled page.
 */
export async function startPreview(projectDir: string, workDir: string, setup: PreviewSetup): Promise<PreviewServer> {
  mkdirSync(join(workDir, 'generated'), { recursive: true });
  const restore = setEnv({
    ...isolatedGitEnv(),
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `url.${setup.mirrors.remoteBase}.insteadOf`,
    GIT_CONFIG_VALUE_0: setup.mirrors.githubPrefix,
  });
  const port = await findFreePort();
  const stop = new AbortController();
  let output = '';
  let announce: (compiled: boolean) => void = () => {};
  const compiled = new Promise<boolean>((resolvePromise) => (announce = resolvePromise));
  let syncMs: number | undefined;
  const sink = {
    write: (text: string) => {
      output += text;
      if (syncMs === undefined && /^sync: \d+ sources/m.test(text)) syncMs = performance.now() - started;
    },
  };
  const onServerOutput = (text: string) => {
    output += text;
    // Rspack's line after the first build: the server is listening and the site is compiled (or not)
    if (/compiled successfully/.test(text)) announce(true);
    if (/compiled with (some )?errors|failed to compile/i.test(text)) announce(false);
  };
  const started = performance.now();
  const running = runStartCommand(
    ['--manifest', setup.manifest, '--cache', join(workDir, 'cache'), '--content', join(workDir, 'content'), '--report', join(workDir, 'report.json'),
      ...(setup.latest ? ['--latest'] : []), ...(setup.full ? ['--full'] : []), '--local', `${setup.local.id}=${setup.local.checkout}`, '--port', String(port), '--no-open'],
    { cwd: projectDir, stdout: sink, stderr: sink, env: previewEnv(workDir, setup.bundlerCacheDir) },
    { generators: SITE_GENERATORS, signal: stop.signal, onServerOutput },
  );
  const url = `http://localhost:${port}`;
  const stopAll = async () => {
    stop.abort();
    await running;
    restore();
  };
  try {
    await waitForFirstPage(url, compiled, running, () => output);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { url, checkout: setup.local.checkout, startMs: performance.now() - started, syncMs, output: () => output, stop: stopAll };
}

/** Docusaurus' generated files in the work folder; the bundler's cache in `bundlerCacheDir`, or none. */
function previewEnv(workDir: string, bundlerCacheDir: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', DOCUSAURUS_GENERATED_FILES_DIR_NAME: join(workDir, 'generated') };
  if (bundlerCacheDir) env.SCS_BUNDLER_CACHE_DIR = bundlerCacheDir;
  else env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
  return env;
}

/** Resolves once the dev server has compiled the site and serves its first page. */
async function waitForFirstPage(url: string, compiled: Promise<boolean>, running: Promise<number>, output: () => string): Promise<void> {
  const ended = running.then(() => {
    throw new Error(`npm start ended before the dev server answered:\n${output().slice(-4000)}`);
  });
  ended.catch(() => undefined); // once the server has answered, its later end is no error
  if (!(await Promise.race([compiled, ended]))) throw new Error(`the dev server could not compile the site:\n${output().slice(-4000)}`);
  const response = await Promise.race([fetch(url), ended]);
  if (!response.ok) throw new Error(`the dev server answered ${response.status} for ${url}`);
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** A preview server and one browser page on it, light colour scheme: what each preview test file opens first. */
export interface PreviewPage {
  server: PreviewServer;
  page: Page;
  close(): Promise<void>;
}

export async function openPreviewPage(projectDir: string, workDirPrefix: string, options: { full?: boolean } = {}): Promise<PreviewPage> {
  const workDir = mkdtempSync(join(tmpdir(), workDirPrefix));
  const server = await startPreviewServer(projectDir, workDir, options);
  const browser = await chromium.connect(inject('browserEndpoint'));
  const context = await browser.newContext({ baseURL: server.url, colorScheme: 'light' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return {
    server,
    page,
    async close() {
      await context.close();
      await browser.close();
      await server.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
