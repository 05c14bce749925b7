import pLimit from 'p-limit';
import { prefetchBlobs } from './cache-refs.js';
import { setCacheEntryUrl } from './cache-entry.js';
import { retryOnce } from './retry-once.js';

/**
 * One cache entry shared by every source (and reader) on the same repo URL during a sync.
 * Network operations on it are serialised; reads run in parallel.
 */
export class CacheRepo {
  readonly dir: string;
  readonly offline: boolean;
  private readonly url: string;
  private readonly queue = pLimit(1);
  private urlApplied: boolean;
  private readonly fetchedBlobs = new Set<string>();

  constructor(options: { dir: string; url: string; offline: boolean; urlApplied?: boolean }) {
    this.dir = options.dir;
    this.url = options.url;
    this.offline = options.offline;
    this.urlApplied = options.urlApplied ?? false;
  }

  /** Runs `operation` against `origin` after any other network operation on this repo has finished. */
  async withNetwork<T>(operation: () => Promise<T>): Promise<T> {
    if (this.offline) throw new Error('network access is disabled (offline)');
    return this.queue(async () => {
      if (!this.urlApplied) {
        await setCacheEntryUrl(this.dir, this.url);
        this.urlApplied = true;
      }
      return operation();
    });
  }

  /** Blobs among `oids` not fetched yet by this process (callers pass only ones missing from the cache). */
  unfetched(oids: Iterable<string>): string[] {
    return [...new Set(oids)].filter((oid) => !this.fetchedBlobs.has(oid));
  }

  /** Fetches missing blobs in one batch (retried once); blobs another reader fetched meanwhile are skipped. */
  async fetchBlobs(oids: readonly string[], onRetry?: (error: unknown) => void): Promise<void> {
    if (this.unfetched(oids).length === 0) return;
    await this.withNetwork(async () => {
      const wanted = this.unfetched(oids);
      if (wanted.length === 0) return;
      await retryOnce(() => prefetchBlobs(this.dir, wanted), onRetry);
      for (const oid of wanted) this.fetchedBlobs.add(oid);
    });
  }
}
