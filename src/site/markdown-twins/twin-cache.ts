import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Twin } from './twin-types.js';

const CACHE_FILE = 'twins.json';

/**
 * Twins of earlier builds by a key of everything they are made from (the page's text and metadata, the site's
 * routes, the code), the way Docusaurus keeps its caches in node_modules/.cache: a build where few pages
 * changed converts only those. One file, rewritten with the twins of this build only, so it never grows stale.
 */
export interface TwinCache {
  get(key: string): Twin | undefined;
  set(key: string, twin: Twin): void;
  /** Writes the twins used since loading; a cache that cannot be written is only slower next time. */
  save(): Promise<void>;
}

export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** The cache in `dir`; without a folder (`DOCUSAURUS_NO_PERSISTENT_CACHE`) nothing is kept between builds. */
export async function loadTwinCache(dir: string | undefined): Promise<TwinCache> {
  const earlier = dir ? await readEntries(join(dir, CACHE_FILE)) : {};
  const used: Record<string, Twin> = {};
  return {
    get(key) {
      const twin = used[key] ?? earlier[key];
      if (twin) used[key] = twin;
      return twin;
    },
    set(key, twin) {
      used[key] = twin;
    },
    async save() {
      if (!dir) return;
      const file = join(dir, CACHE_FILE);
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(`${file}.tmp`, JSON.stringify(used));
        await rename(`${file}.tmp`, file);
      } catch {
        // a read-only or full cache folder costs the next build time, not this one its twins
      }
    },
  };
}

async function readEntries(file: string): Promise<Record<string, Twin>> {
  try {
    const entries: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof entries === 'object' && entries !== null ? (entries as Record<string, Twin>) : {};
  } catch {
    return {}; // no cache yet, or an unreadable one: convert everything
  }
}
