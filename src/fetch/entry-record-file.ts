import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Small JSON records a cache entry keeps beside git's objects (per commit: file histories, tree listings).
 * Undefined when the file is absent or damaged: the caller asks git again.
 */
export async function readEntryRecord<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export async function writeEntryRecord(file: string, record: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // sources sharing a repo and commit write the same file at once: each writes its own temp file
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(record));
  await rename(temp, file);
}
