import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders whose code decides what the derived cache holds. */
const DERIVING_CODE = ['markdown', 'link-index', 'transform', 'collect'];

/**
 * A fingerprint of the code that computes cached results (and of the installed dependencies, via the lock
 * file), so a changed parser or rewrite rule never serves stale output. No version number to forget to bump.
 */
export async function computeCodeVersion(srcDir: string, lockFile: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of DERIVING_CODE) {
    const dir = join(srcDir, folder);
    for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(join(dir, name)));
  }
  hash.update(await readFile(lockFile).catch(() => Buffer.alloc(0)));
  return hash.digest('base64url');
}
