/**
 * Edit-to-page latency of the contributor preview: how long after an upstream file is saved the open browser
 * shows the new text. Used by the browser test and by the benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface EditToPageOptions {
  /** A browser page; it is pointed at `pageUrl`. */
  page: Page;
  /** The site page made from `upstreamFile`. */
  pageUrl: string;
  /** The file in the followed working tree; restored at the end. */
  upstreamFile: string;
  /** How many edits to time (default 5). */
  edits?: number;
  /** How long one edit may take to appear (default 30 s). */
  timeoutMs?: number;
}

export interface EditToPageResult {
  samplesMs: number[];
  medianMs: number;
}

/** Appends a new paragraph to the upstream file `edits` times and times each until the browser shows it. */
export async function measureEditToPage(options: EditToPageOptions): Promise<EditToPageResult> {
  const { page, upstreamFile } = options;
  const original = readFileSync(upstreamFile, 'utf8');
  const samplesMs: number[] = [];
  await page.goto(options.pageUrl);
  await page.locator('article').first().waitFor();
  try {
    for (let i = 0; i < (options.edits ?? 5); i++) {
      const marker = `Preview latency check ${i + 1} of ${process.pid}`;
      const started = performance.now();
      writeFileSync(upstreamFile, `${original}\n\n${marker}\n`);
      await waitForText(page, marker, options.timeoutMs ?? 30_000);
      samplesMs.push(Math.round(performance.now() - started));
    }
  } finally {
    writeFileSync(upstreamFile, original);
  }
  return { samplesMs, medianMs: median(samplesMs) };
}

/**
 * Resolves once a paragraph of the page's article reads `text`, looked for on every animation frame: a locator's
 * wait backs off to checks half a second apart, which would count up to 0.5 s that the page did not take.
 */
async function waitForText(page: Page, text: string, timeout: number): Promise<void> {
  const shown = (wanted: string) => Array.from(document.querySelectorAll('article p')).some((paragraph) => paragraph.textContent === wanted);
  await page.waitForFunction(shown, text, { polling: 'raf', timeout });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
