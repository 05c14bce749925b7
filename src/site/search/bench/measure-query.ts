/**
 * One measured query: a fresh browser context (empty cache, like a reader's first search), a blank page
 * of the served site, a network with a given speed, then the engine's probe. Bytes are counted where they
 * leave the server, so every file the search needed is in the total.
 */
import type { Browser } from 'playwright-core';
import { HARNESS_PATH, LUNR_PATHS, readProbeSource, type ProbeOutcome, type SearchEngine } from './browser-probes.js';
import type { StaticServer } from './serve-static.js';

export interface NetworkProfile {
  name: string;
  /** Bytes per second the reader downloads. */
  downloadBytesPerSecond: number;
  latencyMs: number;
}

/** A modest connection, so that the bytes a search needs show up in its time. */
export const DEFAULT_NETWORK: NetworkProfile = { name: '10 Mbit/s, 40 ms', downloadBytesPerSecond: 1_250_000, latencyMs: 40 };

export interface QueryMeasurement extends ProbeOutcome {
  bytes: number;
  /** The files downloaded (URL paths), for the compressed size. */
  files: string[];
}

export interface MeasureOptions {
  browser: Browser;
  server: StaticServer;
  network: NetworkProfile;
  /** Results whose data the probe loads (what the UI shows). */
  limit: number;
  excerptWords: number;
}

export async function measureQuery(engine: SearchEngine, query: string, options: MeasureOptions): Promise<QueryMeasurement> {
  const context = await options.browser.newContext({ baseURL: options.server.url });
  try {
    const page = await context.newPage();
    await page.goto(HARNESS_PATH);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: options.network.latencyMs,
      downloadThroughput: options.network.downloadBytesPerSecond,
      uploadThroughput: options.network.downloadBytesPerSecond,
    });
    options.server.resetBytesSent();
    const args = { query, limit: options.limit, excerptWords: options.excerptWords, paths: LUNR_PATHS };
    const outcome = (await page.evaluate(`(${readProbeSource(engine)})(${JSON.stringify(args)})`)) as ProbeOutcome;
    return { ...outcome, bytes: options.server.bytesSent, files: [...options.server.pathsSent] };
  } finally {
    await context.close();
  }
}
