/**
 * Vitest globalSetup of the browser tests (vitest.e2e.config.ts), once per run:
 * builds the demo site in a temp folder, serves it on 127.0.0.1, starts headless Chromium,
 * and hands the site URL and the browser's endpoint to the test files (`inject`).
 *
 * Fast local re-runs: `E2E_SITE_DIR=<dir>` skips the sync and build and serves that folder instead,
 * e.g. `npm run demo -- --no-serve && E2E_SITE_DIR=build npm run test:e2e`.
 * CHROMIUM_PATH picks another browser binary than /usr/bin/chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemoSite } from './setup/build-demo-site.js';
import { ensureChromiumInstalled, findChromiumPath, launchBrowserServer } from './setup/launch-browser.js';
import { serveSite } from './setup/serve-site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served demo site, without a trailing slash. */
    siteUrl: string;
    /** Playwright endpoint of the shared Chromium. */
    browserEndpoint: string;
  }
}

const project = resolve(import.meta.dirname, '..', '..');

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const executablePath = findChromiumPath(process.env);
  ensureChromiumInstalled(executablePath, process.stderr);
  const workDir = mkdtempSync(join(tmpdir(), 'scs-e2e-'));
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(workDir, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const buildDir = process.env.E2E_SITE_DIR ? findBuiltSite(process.env.E2E_SITE_DIR) : (await buildDemoSite(project, workDir)).buildDir;
    const server = await serveSite(buildDir);
    cleanups.push(() => server.close());
    const browser = await launchBrowserServer(executablePath);
    cleanups.push(() => browser.close());
    provide('siteUrl', server.url);
    provide('browserEndpoint', browser.wsEndpoint());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** The folder E2E_SITE_DIR names, if it holds a built site. */
function findBuiltSite(dir: string): string {
  const buildDir = resolve(dir);
  if (!existsSync(join(buildDir, 'index.html'))) throw new Error(`E2E_SITE_DIR=${dir}: no built site there (index.html is missing)`);
  return buildDir;
}
