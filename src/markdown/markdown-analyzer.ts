import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { analyzeMarkdown, type DocAnalysis } from './analyze-doc.js';

/** Parses and analyses docs, on worker threads once there are enough of them. */
export interface MarkdownAnalyzer {
  analyze(text: string): Promise<DocAnalysis>;
  /** How many docs were analysed where (a broken thread setup shows as docs on the calling thread only). */
  counts(): { onThreads: number; onCallingThread: number };
  /** Stops the worker threads (if any were started). */
  close(): Promise<void>;
}

export interface MarkdownAnalyzerOptions {
  /**
   * Worker threads; defaults to SCS_SYNC_THREADS, else the machine's available parallelism (which does not see
   * a container's CPU quota). 0 parses everything on the calling thread.
   */
  threads?: number;
  /** Docs parsed on the calling thread before the threads start: for a few docs, starting them costs more than it saves. */
  docsBeforeThreads?: number;
}

const DEFAULT_DOCS_BEFORE_THREADS = 16;

/**
 * Parsing is most of a cold sync's CPU time (micromark: a few ms per doc). Worker threads spread it over every
 * core while the main thread keeps talking to git, and the syntax trees never reach the main thread's heap:
 * only the small analysis does. If the threads cannot run, docs are parsed on the calling thread instead
 * (with a warning on stderr).
 */
export function createMarkdownAnalyzer(options: MarkdownAnalyzerOptions = {}): MarkdownAnalyzer {
  const threads = options.threads ?? threadsFromEnvironment() ?? availableParallelism();
  let inline = options.docsBeforeThreads ?? DEFAULT_DOCS_BEFORE_THREADS;
  let pool: Piscina | undefined;
  let poolBroken = false;
  const counts = { onThreads: 0, onCallingThread: 0 };
  const onCallingThread = (text: string) => {
    counts.onCallingThread += 1;
    return analyzeMarkdown(text);
  };
  return {
    async analyze(text) {
      if (threads === 0 || poolBroken || inline > 0) {
        inline -= 1;
        return onCallingThread(text);
      }
      pool ??= startPool(threads);
      try {
        const analysis = (await pool.run(text)) as DocAnalysis;
        counts.onThreads += 1;
        return analysis;
      } catch (error) {
        // the analysis itself does not throw, so the threads are unusable here: carry on without them, slower
        if (!poolBroken) process.emitWarning(`parsing on worker threads failed (${error instanceof Error ? error.message : String(error)}); parsing on the main thread`);
        poolBroken = true;
        return onCallingThread(text);
      }
    },
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
  const filename = fileURLToPath(new URL(`./analyze-markdown.worker.${fromSource ? 'ts' : 'mjs'}`, import.meta.url));
  const needsLoader = fromSource && !process.execArgv.some((arg) => arg.includes('tsx'));
  return new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    ...(needsLoader ? { execArgv: [...process.execArgv, '--import', 'tsx'] } : {}),
  });
}
