import pLimit from 'p-limit';
import { prefetchBlobs } from './cache-refs.js';
import { forgetListings } from './listing-cache.js';
import { retryOnce } from './retry-once.js';

/**
 * One cache entry shared by every source (and reader) on the same repo URL during a sync.
 * Network operations on it are serialised; reads run in parallel.
 */
export class CacheRepo {
  readonly dir: string;
  /** The remote URL as written in the manifest (may carry credentials: pass to git, never print). */
  readonly url: string;
  readonly offline: boolean;
  private readonly queue = pLimit(1);
  private readonly fetchedBlobs = new Set<string>();
  private fetches = 0;

  constructor(options: { dir: string; url: string; offline: boolean }) {
    this.dir = options.dir;
    this.url = options.url;
    this.offline = options.offline;
  }

  /** Runs `operation` against the remote after any other network operation on this repo has finished. */
  async withNetwork<T>(operation: () => Promise<T>): Promise<T> {
    if (this.offline) throw new Error('network access is disabled (offline)');
    return this.queue(operation);
  }

  /** How many times this process fetched blobs into the entry (see readListingCached). */
  blobFetches(): number {
    return this.fetches;
  }

  /** Blobs among `oids` not fetched yet by this process (callers pass only ones missing from the cache). */
  unfetched(oids: Iterable<string>): string[] {
    return [...new Set(oids)].filter((oid) => !this.fetchedBlobs.has(oid));
  }

  /** Fetches blobs again that this process fetched before but the cache entry has lost since. */
  async refetchBlobs(oids: readonly string[], onRetry?: (error: unknown) => void): Promise<void> {
    for (const oid of oids) this.fetchedBlobs.delete(oid);
    await this.fetchBlobs(oids, onRetry);
  }

  /** Fetches missing blobs in one batch (retried once); blobs another reader fetched meanwhile are skipped. */
  async fetchBlobs(oids: readonly string[], onRetry?: (error: unknown) => void): Promise<void> {
    if (this.unfetched(oids).length === 0) return;
    await this.withNetwork(async () => {
      const wanted = this.unfetched(oids);
      if (wanted.length === 0) return;
      this.fetches += 1; // before the fetch: a listing made while it runs is not kept
      await retryOnce(() => prefetchBlobs(this.dir, this.url, wanted), onRetry);
      for (const oid of wanted) this.fetchedBlobs.add(oid);
      await forgetListings(this.dir);
    });
  }
}
