import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { listCandidateFiles } from './serve-static.js';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * What a file costs over a host that gzips responses: already-compressed files (Pagefind's index chunks)
 * travel as they are; everything else as gzip would send it.
 */
export function compressedSize(content: Buffer): number {
  if (content[0] === GZIP_MAGIC[0] && content[1] === GZIP_MAGIC[1]) return content.length;
  return gzipSync(content, { level: 6 }).length;
}

async function readServedFile(path: string, siteDir: string, extraFiles: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const extra = extraFiles.get(path);
  if (extra) return extra;
  for (const candidate of listCandidateFiles(siteDir, path)) {
    const content = await readFile(candidate).catch(() => undefined);
    if (content) return content;
  }
  return Buffer.alloc(0);
}

/** The compressed size of the files a query downloaded (URL paths as the server saw them). */
export async function measureCompressedBytes(paths: readonly string[], siteDir: string, extraFiles: ReadonlyMap<string, Buffer>): Promise<number> {
  let total = 0;
  for (const path of paths) total += compressedSize(await readServedFile(path, siteDir, extraFiles));
  return total;
}
