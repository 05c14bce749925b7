import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCodeVersion, openDerivedCache, type DerivedCache } from '../derived-cache/index.js';

/**
 * Set by scripts/launch.mjs when it bundles the commands: src, relative to the bundle file (import.meta.url
 * then names the bundle, not this module). Hashing the same sources in both modes keeps one code version, so
 * `npm start`, `npm run sync` and in-process runs share the derived cache; the launcher rebuilds the bundle
 * before any run whose sources changed, so the hash always describes the running code.
 */
declare const __SRC_DIR_FROM_BUNDLE__: string | undefined;

const SRC_DIR = fileURLToPath(new URL(typeof __SRC_DIR_FROM_BUNDLE__ === 'string' ? __SRC_DIR_FROM_BUNDLE__ : '..', import.meta.url));

/** The fingerprint of the running sync's code (see computeCodeVersion). */
export function syncCodeVersion(): string {
  return computeCodeVersion(SRC_DIR, join(SRC_DIR, '..', 'package-lock.json'));
}

/** The derived-data cache lives beside the clones, in a folder no repo name can take (`_derived`). */
export function openSyncCache(cacheDir: string, codeVersion: string): Promise<DerivedCache> {
  return openDerivedCache(join(cacheDir, '_derived'), codeVersion);
}
