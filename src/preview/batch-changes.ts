/** Changed paths per source id. */
export type ChangeSet = Map<string, Set<string>>;

export interface ChangeBatcher {
  add(source: string, path: string): void;
  /** Drops changes not yet handled; a batch that is running finishes. */
  cancel(): Promise<void>;
}

/**
 * Gathers file events into batches: a batch runs `delayMs` after its last event (an editor's save is often
 * several events), one batch at a time; events arriving while one runs make up the next. A batch that throws
 * goes to `onError` and the next batch still runs.
 */
export function createChangeBatcher(run: (changes: ChangeSet) => Promise<void>, delayMs: number, onError: (error: unknown) => void): ChangeBatcher {
  let pending: ChangeSet = new Map();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    running = running.then(() => run(batch)).catch(onError);
  };

  return {
    add(source, path) {
      let paths = pending.get(source);
      if (!paths) pending.set(source, (paths = new Set()));
      paths.add(path);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    async cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = new Map();
      await running;
    },
  };
}
