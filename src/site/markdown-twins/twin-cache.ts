import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Twin } from './twin-types.js';

const CACHE_FILE = 'twins.json';

/** A twin and the routes it was made with: which page (if any) each linked doc file had. */
export interface CachedTwin {
  twin: Twin;
  lookups: [file: string, permalink: string | null][];
}

/**
 * Twins of earlier builds by a key of what they are made from (the page's text and metadata, the code), the
 * way Docusaurus keeps its caches in node_modules/.cache: a build where few pages changed converts only those.
 * An entry also records the routes it looked up, and serves only while each still answers the same, so a page
 * added elsewhere costs no twin but those that link to it. One file, rewritten with the twins of this build
 * only, so it never grows stale.
 */
export interface TwinCache {
  get(key: string, findPermalink: (file: string) => string | undefined): Twin | undefined;
  set(key: string, entry: CachedTwin): void;
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
  const used: Record<string, CachedTwin> = {};
  return {
    get(key, findPermalink) {
      const entry = used[key] ?? earlier[key];
      if (!entry || !entry.lookups.every(([file, permalink]) => (findPermalink(file) ?? null) === permalink)) return undefined;
      used[key] = entry;
      return entry.twin;
    },
    set(key, entry) {
      used[key] = entry;
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

async function readEntries(file: string): Promise<Record<string, CachedTwin>> {
  try {
    const entries: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof entries === 'object' && entries !== null ? (entries as Record<string, CachedTwin>) : {};
  } catch {
    return {}; // no cache yet, or an unreadable one: convert everything
  }
}
