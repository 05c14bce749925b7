import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasRacyTimestamp } from './racy-timestamps.js';

/**
 * Written into a cache entry after a full check (refs listed, history complete). While the files git keeps
 * objects and refs in are as the stamp recorded them, the entry is still complete and its refs are the
 * recorded ones, so a sync where nothing changed spends no git process on the entry.
 */
const STAMP = 'scs-verified.json';

interface Stamp {
  version: 1;
  /** See fingerprintStore. */
  store: string;
  refs: Record<string, string>;
}

/**
 * A fingerprint of the entry's object and ref storage: every pack, ref file and `packed-refs` by name, size,
 * inode and modification time, and every loose-object folder by modification time (deleting an object changes
 * its folder's). Undefined for storage it does not know (the reftable ref format), or that changed moments ago.
 */
export function fingerprintStore(dir: string): string | undefined {
  if (existsSync(join(dir, 'reftable'))) return undefined;
  const hash = createHash('sha256');
  const times: number[] = [];
  const add = (name: string, stats: Stats | undefined) => {
    hash.update(`${name}\0${stats ? `${stats.size} ${stats.ino} ${stats.mtimeMs}` : '-'}\n`);
    if (stats) times.push(stats.mtimeMs);
  };
  add('packed-refs', statOrUndefined(join(dir, 'packed-refs')));
  for (const name of listFiles(join(dir, 'refs', 'scs'), { recursive: true })) add(`refs/scs/${name}`, statOrUndefined(join(dir, 'refs', 'scs', name)));
  for (const name of listFiles(join(dir, 'objects', 'pack'))) add(`pack/${name}`, statOrUndefined(join(dir, 'objects', 'pack', name)));
  for (const name of listFiles(join(dir, 'objects'))) if (name !== 'pack') add(`objects/${name}`, statOrUndefined(join(dir, 'objects', name)));
  return hasRacyTimestamp(times) ? undefined : hash.digest('base64url');
}

/** The refs the stamp recorded, when the storage is still as it was then (`store` from fingerprintStore). */
export async function readStampedRefs(dir: string, store: string | undefined): Promise<Map<string, string> | undefined> {
  if (store === undefined) return undefined;
  try {
    const stamp = JSON.parse(await readFile(join(dir, STAMP), 'utf8')) as Partial<Stamp>;
    if (stamp.version !== 1 || stamp.store !== store || typeof stamp.refs !== 'object' || stamp.refs === null) return undefined;
    return new Map(Object.entries(stamp.refs).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return undefined; // absent or damaged: check the entry in full
  }
}

/** Records a full check's result; `store` must be the fingerprint taken before the check began. */
export async function writeStamp(dir: string, store: string | undefined, refs: ReadonlyMap<string, string>): Promise<void> {
  if (store === undefined) return;
  const stamp: Stamp = { version: 1, store, refs: Object.fromEntries(refs) };
  const temp = join(dir, `${STAMP}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(stamp));
  await rename(temp, join(dir, STAMP));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Names in a folder (with `recursive`, nested names joined with `/`), sorted; [] when it does not exist. */
function listFiles(dir: string, options: { recursive?: boolean } = {}): string[] {
  try {
    return readdirSync(dir, { recursive: options.recursive ?? false, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
}
