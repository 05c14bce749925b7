import { dirname, join } from 'node:path';
import { UserError } from '../diagnostics/user-error.js';
import { acquireExclusiveLock } from '../write/index.js';
import type { SyncObserver, SyncOptions } from './types.js';

const WAIT_FOR_OTHER_SYNC_MS = 10 * 60 * 1000;

/** Runs `work` while holding the project's sync lock, so two syncs never interleave their writes. */
export async function holdProjectLock<T>(options: SyncOptions, observer: SyncObserver, work: () => Promise<T>): Promise<T> {
  const lockPath = join(dirname(options.contentDir), '.sync.lock');
  const lock = await acquireExclusiveLock(lockPath, { timeoutMs: WAIT_FOR_OTHER_SYNC_MS, onWait: observer.waiting });
  if ('busyPid' in lock) {
    throw new UserError([
      {
        severity: 'error',
        code: 'sync/busy',
        message: `another sync (process ${lock.busyPid}) is still writing this project after ${WAIT_FOR_OTHER_SYNC_MS / 60000} minutes`,
        hint: 'wait for it to finish, or stop it; a lock left by a killed sync is taken over automatically',
      },
    ]);
  }
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
