import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { analyzeMarkdown, type DocAnalysis } from '../markdown/analyze-doc.js';
import { checkFrontMatter, checkPage } from '../page-check/check-page.js';
import type { CheckSite, PageCheck, PageToCheck } from '../page-check/types.js';

/** The sync's CPU-heavy work, on worker threads: parsing docs, and building pages the way the site will. */
export interface SyncWorkers {
  analyze(text: string): Promise<DocAnalysis>;
  /** Never rejects: a page the check could not finish (a crash, or over PAGE_CHECK_TIMEOUT_MS) is a failed check. */
  checkPage(page: PageToCheck, site: CheckSite): Promise<PageCheck>;
  /** The front matter part of checkPage only (see checkFrontMatter); never rejects either. */
  checkFrontMatter(page: PageToCheck, site: CheckSite): Promise<PageCheck>;
  /** How many tasks ran where (a broken thread setup shows as tasks on the calling thread only). */
  counts(): { onThreads: number; onCallingThread: number };
  /** Stops the worker threads (if any were started). */
  close(): Promise<void>;
}

export interface SyncWorkersOptions {
  /**
   * Worker threads; defaults to SCS_SYNC_THREADS, else the machine's available parallelism (which does not see
   * a container's CPU quota). 0 runs everything on the calling thread.
   */
  threads?: number;
  /** Docs parsed on the calling thread before the threads start: for a few docs, starting them costs more than it saves. */
  docsBeforeThreads?: number;
  /** Pages checked on the calling thread before the threads take over (each thread loads the site's pipeline first). */
  pagesBeforeThreads?: number;
}

const DEFAULT_DOCS_BEFORE_THREADS = 16;
const DEFAULT_PAGES_BEFORE_THREADS = 16;
/** A page check that takes this long is stuck (a page of pathological markup): its thread is stopped. */
export const PAGE_CHECK_TIMEOUT_MS = 120_000;

/**
 * Parsing is most of a cold sync's CPU time (micromark: a few ms per doc), and checking a page costs several
 * times more (Docusaurus' whole MDX pipeline, then React). Worker threads spread both over every core while the
 * main thread keeps talking to git, and syntax trees never reach the main thread's heap: only the small results
 * do. If the threads cannot run, the work is done on the calling thread instead (with a warning on stderr).
 */
export function createSyncWorkers(options: SyncWorkersOptions = {}): SyncWorkers {
  const threads = options.threads ?? threadsFromEnvironment() ?? availableParallelism();
  let inline = options.docsBeforeThreads ?? DEFAULT_DOCS_BEFORE_THREADS;
  let inlinePages = options.pagesBeforeThreads ?? DEFAULT_PAGES_BEFORE_THREADS;
  let pool: Piscina | undefined;
  let poolBroken = false;
  const counts = { onThreads: 0, onCallingThread: 0 };

  let poolWorks = false;

  /**
   * Runs `task` on a thread, or `here` on the calling thread when threads are off or cannot start. A task that
   * may fail on its own (a page that crashes its thread) rejects once the pool is known to work.
   */
  async function run<T>(task: string, input: unknown, here: () => T | Promise<T>, signal?: AbortSignal): Promise<T> {
    if (threads === 0 || poolBroken) {
      counts.onCallingThread += 1;
      return here();
    }
    pool ??= startPool(threads);
    try {
      const result = (await pool.run(input, { name: task, ...(signal ? { signal } : {}) })) as T;
      poolWorks = true;
      counts.onThreads += 1;
      return result;
    } catch (error) {
      if (poolWorks || signal?.aborted) throw error;
      // the threads never worked here: carry on without them, slower
      if (!poolBroken) process.emitWarning(`work on worker threads failed (${error instanceof Error ? error.message : String(error)}); working on the main thread`);
      poolBroken = true;
      counts.onCallingThread += 1;
      return here();
    }
  }

  /** A page task, first on the calling thread (see pagesBeforeThreads); a crash or timeout is a failed check. */
  async function runPageTask(task: string, page: PageToCheck, site: CheckSite, here: typeof checkPage): Promise<PageCheck> {
    if (inlinePages > 0) {
      inlinePages -= 1;
      counts.onCallingThread += 1;
      return here(page, site);
    }
    try {
      return await run(task, { page, site }, () => here(page, site), AbortSignal.timeout(PAGE_CHECK_TIMEOUT_MS));
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'AbortError';
      const message = timedOut ? `building the page took longer than ${PAGE_CHECK_TIMEOUT_MS / 1000} s` : `building the page crashed: ${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, problem: { phase: 'compile', message } };
    }
  }

  return {
    analyze(text) {
      if (inline > 0) {
        inline -= 1;
        counts.onCallingThread += 1;
        return Promise.resolve(analyzeMarkdown(text));
      }
      // the analysis never throws: a rejection means the threads broke after they worked, so parse here
      return run('analyze', text, () => analyzeMarkdown(text)).catch(() => analyzeMarkdown(text));
    },
    checkPage: (page, site) => runPageTask('checkPage', page, site, checkPage),
    checkFrontMatter: (page, site) => runPageTask('checkFrontMatter', page, site, checkFrontMatter),
    counts: () => ({ ...counts }),
    async close() {
      await pool?.destroy();
    },
  };
}

function threadsFromEnvironment(): number | undefined {
  const value = process.env.SCS_SYNC_THREADS;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function startPool(threads: number): Piscina {
  // from a bundle (see scripts/launch.mjs) the worker is bundled beside it; from source it is TypeScript
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = fileURLToPath(new URL(`./sync-tasks.worker.${fromSource ? 'ts' : 'mjs'}`, import.meta.url));
  const needsLoader = fromSource && !process.execArgv.some((arg) => arg.includes('tsx'));
  return new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    ...(needsLoader ? { execArgv: [...process.execArgv, '--import', 'tsx'] } : {}),
  });
}
