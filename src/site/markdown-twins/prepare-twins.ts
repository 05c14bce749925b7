import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { convertToTwin } from './convert-to-twin.js';
import { cacheKey, type CachedTwin, type TwinCache } from './twin-cache.js';
import type { Twin, TwinPage, TwinSite } from './twin-types.js';

export interface PreparedTwin {
  page: TwinPage;
  twin: Twin;
}

export interface PreparedTwins {
  twins: PreparedTwin[];
  converted: number;
  /** Milliseconds spent converting (the part of the work a warm cache saves). */
  convertMs: number;
  /** Pages that could not be converted, as `file: reason` (their page is still built; it only lacks a twin). */
  failures: string[];
}

/**
 * The twin of every page, from the cache when nothing it is made from changed, else converted. Converting
 * yields to the event loop after each page, so it can run beside the bundler without holding it up; a page
 * that cannot be converted costs only its own twin.
 */
export async function prepareTwins(
  pages: readonly TwinPage[],
  site: TwinSite,
  cache: TwinCache,
  buildKey: string,
): Promise<PreparedTwins> {
  const result: PreparedTwins = { twins: [], converted: 0, convertMs: 0, failures: [] };
  for (const page of pages) {
    try {
      const text = await readFile(page.file, 'utf8');
      const key = cacheKey([buildKey, page.permalink, relative(site.contentDir, page.file), page.title, page.description, JSON.stringify(page.frontMatter), text]);
      let twin = cache.get(key, site.findPermalink);
      if (!twin) {
        const started = performance.now();
        const lookups: CachedTwin['lookups'] = [];
        const findPermalink = (file: string) => {
          const permalink = site.findPermalink(file);
          lookups.push([file, permalink ?? null]);
          return permalink;
        };
        twin = convertToTwin(text, page, { ...site, findPermalink });
        result.convertMs += performance.now() - started;
        cache.set(key, { twin, lookups });
        result.converted += 1;
        await yieldToEventLoop();
      }
      result.twins.push({ page, twin });
    } catch (error) {
      result.failures.push(`${page.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
