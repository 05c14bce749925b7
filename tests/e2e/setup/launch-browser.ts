/**
 * Starts the system's Chromium (Debian's package by default) through playwright-core as a browser server
 * that every test file connects to. Playwright's own browser downloads are never used.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Quiet, offline-friendly flags: no sandbox (containers, root), no GPU, no update or sync traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser binary: CHROMIUM_PATH, else Debian's chromium. */
export function findChromiumPath(env: NodeJS.ProcessEnv): string {
  return env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/** One line that tells the reader what to do; `stack` is the message, so runners print no trace. */
function createSetupError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * Fails early, before the site is built, when the browser is not installed: one message and exit code 1
 * (a thrown error would come with vitest's "no test files found" and a trace, which bury the fix).
 */
export function ensureChromiumInstalled(executablePath: string, stderr: { write(text: string): unknown }): void {
  if (existsSync(executablePath)) return;
  stderr.write(
    `\nThe browser tests need Chromium, which is not installed at ${executablePath}.\n` +
      'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.\n\n',
  );
  process.exit(1);
}

/** Headless Chromium with a fresh temporary profile (playwright makes and removes one per launch). */
export async function launchBrowserServer(executablePath: string): Promise<BrowserServer> {
  try {
    return await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    const firstLines = String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join('\n');
    throw createSetupError(`Chromium at ${executablePath} did not start:\n${firstLines}`);
  }
}
