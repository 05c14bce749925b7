import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export interface ExclusiveLock {
  release(): Promise<void>;
}

/**
 * One sync at a time per project: a lock file holding the owner's pid. A second sync waits for the first
 * (telling the user once), and takes over a lock whose owner process is gone (killed with -9).
 */
export async function acquireExclusiveLock(
  path: string,
  options: { timeoutMs: number; onWait: (ownerPid: number) => void },
): Promise<ExclusiveLock | { busyPid: number }> {
  await mkdir(dirname(path), { recursive: true });
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => unlink(path).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (!Number.isFinite(owner) || !isAlive(owner)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) return { busyPid: owner };
    if (!told) options.onWait(owner);
    told = true;
    await delay(200); // polling a lock file: no event exists for "another process exited"
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
