import type { SyncObserver } from './types.js';

/** Times the stages a sync announces to its observer (each lasts until the next one starts). */
export function createStageClock(outside: SyncObserver, now: () => Date): { observer: SyncObserver; stop(): Record<string, number> } {
  const stages: Record<string, number> = {};
  let current: { name: string; since: number } | undefined;
  const close = () => {
    if (current) stages[current.name] = (stages[current.name] ?? 0) + now().getTime() - current.since;
    current = undefined;
  };
  return {
    observer: {
      ...outside,
      stage(name) {
        close();
        current = { name, since: now().getTime() };
        outside.stage(name);
      },
    },
    stop() {
      close();
      return stages;
    },
  };
}
