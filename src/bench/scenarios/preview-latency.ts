import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { BenchContext } from '../bench-context.js';
import { formatDuration } from '../format-units.js';
import { insteadOfEnv, runGitCommand } from '../run-git.js';
import type { BenchRow, ScenarioResult } from '../types.js';

const run = promisify(execFile);

/** The preview's own browser-test helpers (tests/e2e/helpers), loaded by path: the benchmark times what the test drives. */
const HELPERS = {
  server: 'tests/e2e/helpers/preview-server.ts',
  latency: 'tests/e2e/helpers/preview-latency.ts',
};
/** The goals and limits: focused ready ≤ 6 s (never over 10 s), edit-to-page median ≤ 0.5 s (never over 1 s). */
const GOALS = { focused: { readyMs: 6000, editMs: 500 }, full: { readyMs: undefined, editMs: 2000 } } as const;
/** The followed source and the page of one of its files. */
const FOLLOWED = { id: 'standards', repo: 'SovereignCloudStack/standards', file: 'Standards/scs-0100-v3-flavor-naming.md', page: '/standards/scs-0100-v3-flavor-naming' };

interface PreviewServer {
  url: string;
  startMs: number;
  syncMs?: number;
  output(): string;
  stop(): Promise<void>;
}
interface PreviewSetup {
  manifest: string;
  local: { id: string; checkout: string };
  mirrors: { remoteBase: string; githubPrefix: string };
  full?: boolean;
  bundlerCacheDir?: string;
}
interface Helpers {
  startPreview(projectDir: string, workDir: string, setup: PreviewSetup): Promise<PreviewServer>;
  measureEditToPage(options: { page: Page; pageUrl: string; upstreamFile: string }): Promise<{ samplesMs: number[]; medianMs: number }>;
}

/** What one preview start measured. */
interface PreviewRound {
  /** From `npm start` until the browser shows the followed page. */
  readyMs: number;
  /** Of which until the dev server answered. */
  serverMs: number;
  /** Of which until the preview's sync was done (Docusaurus loads meanwhile, and waits for it). */
  syncMs?: number;
  samplesMs: number[];
  medianMs: number;
  /** Of each edit, the preview's own update (sync stages and write, as it prints it); the rest is the dev server and browser. */
  syncUpdatesMs: number[];
}

/** One start's figures with where the time went: the preview's sync, the dev server, the browser; each edit's own update. */
function describeRound(label: string, round: PreviewRound): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const split = round.syncMs === undefined ? '' : ` (sync ${ms(round.syncMs)}, dev server ${ms(round.serverMs - round.syncMs)}, browser ${ms(round.readyMs - round.serverMs)})`;
  return `${label}: ready ${ms(round.readyMs)}${split}; edit-to-page ${round.samplesMs.join(', ')} ms (of which the preview's update ${round.syncUpdatesMs.join(', ')} ms)`;
}

/** The times of the preview's update lines (`preview: <files> → <summary> (0.42 s)`). */
function syncUpdateTimes(output: string): number[] {
  return output.split('\n').flatMap((line) => {
    const match = /^preview: .*\((\d+(?:\.\d+)?) s\)\s*$/.exec(line);
    return match ? [Math.round(Number(match[1]) * 1000)] : [];
  });
}

async function loadHelpers(projectDir: string): Promise<Helpers | undefined> {
  if (!Object.values(HELPERS).every((path) => existsSync(join(projectDir, path)))) return undefined;
  const load = (path: string) => import(pathToFileURL(join(projectDir, path)).href) as Promise<Record<string, unknown>>;
  const [server, latency] = await Promise.all([load(HELPERS.server), load(HELPERS.latency)]);
  if (typeof server.startPreview !== 'function' || typeof latency.measureEditToPage !== 'function') return undefined;
  return { startPreview: server.startPreview as Helpers['startPreview'], measureEditToPage: latency.measureEditToPage as Helpers['measureEditToPage'] };
}

/**
 * 8b. `npm start -- --local standards=<checkout>` on the real corpus, every source already in the clone cache:
 * focused (the default; its first start with an empty bundler cache, then a second start with the cache the first
 * left, as a contributor's next `npm start`) and `--full` without a bundler cache. Per start: from `npm start` until the browser shows the standard's page, then
 * save the upstream file and time until the open page shows the new text (median of 5).
 */
export async function measurePreviewLatency(context: BenchContext): Promise<ScenarioResult> {
  const base = { id: '8b', title: 'preview: start and edit-to-page, real corpus' };
  const browserPath = context.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const helpers = await loadHelpers(context.projectDir);
  if (!helpers) return { ...base, rows: [], data: {}, skipped: 'no startPreview/measureEditToPage helper in the project' };
  if (!existsSync(browserPath)) return { ...base, rows: [], data: {}, skipped: `no browser at ${browserPath} (set CHROMIUM_PATH)` };
  const env = insteadOfEnv(context.corpus!.baseUrl, context.env);
  const checkout = join(context.workDir, 'checkout');
  await runGitCommand(context.workDir, ['clone', '--quiet', `https://github.com/${FOLLOWED.repo}`, checkout], undefined, env);
  const setup: PreviewSetup = {
    manifest: join(context.projectDir, 'repos.yaml'),
    local: { id: FOLLOWED.id, checkout },
    mirrors: { remoteBase: context.corpus!.baseUrl, githubPrefix: 'https://github.com/' },
  };
  await fillCaches(context, setup, env);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // a contributor's first start fills the bundler's persistent cache; every later one starts from it
    const bundlerCacheDir = join(context.workDir, 'bundler-cache');
    const focused = await measureRound(context, helpers, browser, { ...setup, bundlerCacheDir });
    context.log(describeRound('focused, first start', focused));
    const focusedAgain = await measureRound(context, helpers, browser, { ...setup, bundlerCacheDir });
    context.log(describeRound('focused, next start', focusedAgain));
    const full = await measureRound(context, helpers, browser, { ...setup, full: true });
    context.log(describeRound('full, no bundler cache', full));
    const rows = [
      ...roundRows('focused (default), first start', focused, GOALS.focused),
      ...roundRows('focused, next start (bundler cache kept)', focusedAgain, GOALS.focused),
      ...roundRows('--full, no bundler cache', full, GOALS.full),
    ];
    return { ...base, rows, data: { focused, focusedAgain, full } };
  } finally {
    await browser.close();
  }
}

/** One sync with the followed checkout, so that the measured starts find every source in the clone cache. */
async function fillCaches(context: BenchContext, setup: PreviewSetup, env: NodeJS.ProcessEnv): Promise<void> {
  const paths = ['--cache', join(context.workDir, 'cache'), '--content', join(context.workDir, 'content'), '--report', join(context.workDir, 'report.json')];
  const args = ['scripts/launch.mjs', 'sync', '--manifest', setup.manifest, ...paths, '--frozen', '--local', `${setup.local.id}=${setup.local.checkout}`];
  await run(process.execPath, args, { cwd: context.projectDir, env, maxBuffer: 64 * 1024 * 1024 });
}

async function measureRound(context: BenchContext, helpers: Helpers, browser: Browser, setup: PreviewSetup): Promise<PreviewRound> {
  const server = await helpers.startPreview(context.projectDir, context.workDir, setup);
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  try {
    const opened = performance.now();
    await page.goto(FOLLOWED.page);
    await page.locator('article h1').first().waitFor({ timeout: 120_000 });
    const readyMs = server.startMs + (performance.now() - opened);
    const edits = await helpers.measureEditToPage({ page, pageUrl: FOLLOWED.page, upstreamFile: join(setup.local.checkout, FOLLOWED.file) });
    return { readyMs, serverMs: server.startMs, ...(server.syncMs !== undefined ? { syncMs: server.syncMs } : {}), syncUpdatesMs: syncUpdateTimes(server.output()), ...edits };
  } finally {
    await page.context().close();
    await server.stop();
  }
}

function roundRows(mode: string, round: PreviewRound, goals: { readyMs?: number; editMs: number }): BenchRow[] {
  const verdict = (ms: number, goal?: number) => (goal === undefined ? '' : ms <= goal ? 'met' : 'missed');
  return [
    { scenario: `8b preview, ${mode}`, case: 'npm start --local standards → its page shown in the browser (other sources cached)', value: formatDuration(round.readyMs), memory: '', goal: goals.readyMs ? `≤ ${goals.readyMs / 1000} s` : '', verdict: verdict(round.readyMs, goals.readyMs) },
    { scenario: '', case: `save → new text in the open page (median of ${round.samplesMs.length})`, value: formatDuration(round.medianMs), memory: '', goal: `≤ ${goals.editMs / 1000} s`, verdict: verdict(round.medianMs, goals.editMs) },
  ];
}
