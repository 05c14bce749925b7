import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of src/ that never run in a sync: the site's React parts (Docusaurus builds them) and tooling. */
const NOT_SYNC_CODE = new Set(['pages', 'theme', 'components', 'css', 'bench', 'demo']);

/**
 * A fingerprint of the sync's code (and of the installed dependencies, via the lock file). It versions the
 * derived cache and the record of the last run, so an edited parser, rewrite rule, generator or writer never
 * serves output of the old code. No version number to forget to bump. Read synchronously: ~300 small files,
 * a few milliseconds, on every run.
 */
export function computeCodeVersion(srcDir: string, lockFile: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(srcDir, { withFileTypes: true }).sort(byName)) {
    if (entry.isDirectory() && !NOT_SYNC_CODE.has(entry.name)) hashFolder(hash, join(srcDir, entry.name), entry.name);
  }
  try {
    hash.update(readFileSync(lockFile));
  } catch {
    // no lock file: the sources alone
  }
  return hash.digest('base64url');
}

function hashFolder(hash: Hash, dir: string, relative: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
    const path = `${relative}/${entry.name}`;
    if (entry.isDirectory()) hashFolder(hash, join(dir, entry.name), path);
    else if (entry.isFile()) hash.update(path).update('\0').update(readFileSync(join(dir, entry.name))).update('\0');
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
