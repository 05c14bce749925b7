import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCodeVersion, openDerivedCache, type DerivedCache } from '../derived-cache/index.js';

const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The derived-data cache lives beside the clones, in a folder no repo name can take (`_derived`). */
export async function openSyncCache(cacheDir: string): Promise<DerivedCache> {
  const codeVersion = await computeCodeVersion(SRC_DIR, join(SRC_DIR, '..', 'package-lock.json'));
  return openDerivedCache(join(cacheDir, '_derived'), codeVersion);
}
