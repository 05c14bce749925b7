/**
 * Everything the benchmark serves besides the built site: the lunr baseline of the same pages, the lunr
 * library, and a blank start page; and the on-disk sizes of both indexes (raw and gzip-compressed).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectBuiltPages } from '../html/list-built-pages.js';
import { buildLunrBaseline } from './build-lunr-baseline.js';
import { HARNESS_HTML, HARNESS_PATH, LUNR_PATHS } from './browser-probes.js';
import type { IndexSize } from './summarize-bench.js';

export interface BenchSite {
  pageCount: number;
  sectionCount: number;
  /** In-memory files served next to the site, by URL path. */
  extraFiles: Map<string, Buffer>;
  pagefindSize: IndexSize;
  lunrSize: IndexSize;
}

export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

async function measureFolder(dir: string): Promise<IndexSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const size: IndexSize = { bytes: 0, gzipBytes: 0 };
  for (const entry of entries.filter((e) => e.isFile())) {
    const content = await readFile(join(entry.parentPath, entry.name));
    size.bytes += content.length;
    size.gzipBytes += gzipSize(content);
  }
  return size;
}

function measureFiles(files: readonly Buffer[]): IndexSize {
  return { bytes: files.reduce((sum, f) => sum + f.length, 0), gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0) };
}

/** Reads the built site in `siteDir` (with its Pagefind index) and builds the lunr baseline of its pages. */
export async function prepareBenchSite(siteDir: string): Promise<BenchSite> {
  const pagefindDir = join(siteDir, 'pagefind');
  if (!(await stat(join(pagefindDir, 'pagefind.js')).catch(() => undefined))) {
    throw new Error(`${siteDir} has no local search index (pagefind/): build the site first (npm run build)`);
  }
  const pages = await collectBuiltPages(siteDir, 'http://site.invalid');
  const baseline = buildLunrBaseline(pages);
  const index = Buffer.from(baseline.index);
  const documents = Buffer.from(baseline.documents);
  const library = await readFile(createRequire(import.meta.url).resolve('lunr/lunr.min.js'));
  const extraFiles = new Map<string, Buffer>([
    [HARNESS_PATH, Buffer.from(HARNESS_HTML)],
    [LUNR_PATHS.index, index],
    [LUNR_PATHS.documents, documents],
    [LUNR_PATHS.library, library],
  ]);
  return {
    pageCount: pages.length,
    sectionCount: baseline.sectionCount,
    extraFiles,
    pagefindSize: await measureFolder(pagefindDir),
    lunrSize: measureFiles([index, documents]),
  };
}
