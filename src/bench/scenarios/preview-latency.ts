import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchContext } from '../bench-context.js';
import { formatDuration } from '../format-units.js';
import type { ScenarioResult } from '../types.js';

/** The preview's own browser-test helpers (tests/e2e/helpers), loaded by path: the benchmark times what the test drives. */
const HELPERS = {
  server: 'tests/e2e/helpers/preview-server.ts',
  latency: 'tests/e2e/helpers/preview-latency.ts',
  pages: 'tests/e2e/helpers/demo-site.ts',
};
const GOAL_MS = 2000;

interface PreviewServer {
  url: string;
  checkout: string;
  startMs: number;
  stop(): Promise<void>;
}
interface Helpers {
  startPreviewServer(projectDir: string, workDir: string): Promise<PreviewServer>;
  measureEditToPage(options: { page: Page; pageUrl: string; upstreamFile: string }): Promise<{ samplesMs: number[]; medianMs: number }>;
  quickstart: string;
}

async function loadHelpers(projectDir: string): Promise<Helpers | undefined> {
  if (!Object.values(HELPERS).every((path) => existsSync(join(projectDir, path)))) return undefined;
  const load = (path: string) => import(pathToFileURL(join(projectDir, path)).href) as Promise<Record<string, unknown>>;
  const [server, latency, pages] = await Promise.all([load(HELPERS.server), load(HELPERS.latency), load(HELPERS.pages)]);
  const quickstart = (pages.DEMO_PAGES as Record<string, string> | undefined)?.quickstart;
  if (typeof server.startPreviewServer !== 'function' || typeof latency.measureEditToPage !== 'function' || !quickstart) return undefined;
  return { startPreviewServer: server.startPreviewServer as Helpers['startPreviewServer'], measureEditToPage: latency.measureEditToPage as Helpers['measureEditToPage'], quickstart };
}

/** 8b. `npm start --local` on the demo: save an upstream file, time until the open browser page shows it (median of 5). */
export async function measurePreviewLatency(context: BenchContext): Promise<ScenarioResult> {
  const base = { id: '8b', title: 'edit-to-page latency' };
  const browserPath = context.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const helpers = await loadHelpers(context.projectDir);
  if (!helpers) return { ...base, rows: [], data: {}, skipped: 'no measureEditToPage helper in the project' };
  if (!existsSync(browserPath)) return { ...base, rows: [], data: {}, skipped: `no browser at ${browserPath} (set CHROMIUM_PATH)` };
  const { chromium } = await import('playwright-core');
  const server = await helpers.startPreviewServer(context.projectDir, context.workDir);
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const result = await helpers.measureEditToPage({ page, pageUrl: helpers.quickstart, upstreamFile: join(server.checkout, 'docs', 'quickstart.md') });
    context.log(`edit-to-page: ${result.samplesMs.join(', ')} ms`);
    return {
      ...base,
      rows: [
        { scenario: '8b preview', case: `npm start --local: save → new text in the browser (median of ${result.samplesMs.length})`, value: formatDuration(result.medianMs), memory: '', goal: `≤ ${GOAL_MS / 1000} s`, verdict: result.medianMs <= GOAL_MS ? 'met' : 'missed' },
        { scenario: '', case: 'dev server start, demo site', value: formatDuration(server.startMs), memory: '', goal: '', verdict: '' },
      ],
      data: { ...result, startMs: server.startMs },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
