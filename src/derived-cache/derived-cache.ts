import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocAnalysis } from '../markdown/analyze-doc.js';
import type { PageCheck } from '../page-check/types.js';
import type { Conversion } from '../toolchains/types.js';
import type { TransformResult } from '../transform/types.js';

/**
 * Results derived from doc contents, kept between runs so that a sync where little changed parses little:
 * the analysis of a doc by its text, and a transformed doc by its own facts and the answers to the lookups
 * its links made. Only entries used in a run are saved, so the cache never grows beyond the site.
 */
export interface DerivedCache {
  analysis(text: string, compute: () => Promise<DocAnalysis>): Promise<DocAnalysis>;
  /**
   * The transform stored under `key` (the doc's text, place, history and source) if the lookups it made then
   * answer as they did (`answers` digests their current answers), else `compute()`'s, stored with its lookups.
   */
  transform(key: string, answers: (lookups: readonly string[]) => string, compute: () => RecordedTransform): KeptTransform;
  /** The check of a page (see src/page-check) by its place and text. */
  pageCheck(key: string, compute: () => Promise<PageCheck>): Promise<PageCheck>;
  /**
   * A doc converted by its toolchain: the one stored under `key` (toolchain, its fingerprint, the doc's path and
   * text) if the files it read then (`dependencies`) still digest as they did, else `compute()`'s.
   */
  conversion(key: string, digest: (dependencies: readonly string[]) => Promise<string>, compute: () => Promise<Conversion>): Promise<Conversion>;
  /** Writes the entries used since opening (a cache made in memory keeps them only there). */
  save(): Promise<void>;
}

/** A transformed doc and the lookup keys its links asked while it was made (see src/link-index/record-lookups). */
export interface RecordedTransform {
  result: TransformResult;
  lookups: Iterable<string>;
}

/** A transform as the cache keeps it: the doc and the lookup keys its links asked. */
export interface KeptTransform {
  result: TransformResult;
  lookups: readonly string[];
}

interface StoredTransform extends KeptTransform {
  /** Digest of the lookups' answers when the doc was transformed. */
  answers: string;
}

interface StoredConversion {
  result: Conversion;
  /** Digest of the dependencies' contents when the doc was converted. */
  digest: string;
}

interface Stored {
  code: string;
  analysis: Record<string, DocAnalysis>;
  transform: Record<string, StoredTransform>;
  pageCheck: Record<string, PageCheck>;
  conversion: Record<string, StoredConversion>;
}

export function hashKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

function emptyStore(code: string): Stored {
  return { code, analysis: {}, transform: {}, pageCheck: {}, conversion: {} };
}

/** Opens the cache in `dir`; entries written by another version of the code (`codeVersion`) are ignored. */
export async function openDerivedCache(dir: string, codeVersion: string): Promise<DerivedCache> {
  const file = join(dir, 'derived.ndjson');
  return createDerivedCache(await readStored(file, codeVersion), codeVersion, async (next) => {
    await mkdir(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeLines(temp, storedLines(next));
    await rename(temp, file);
  });
}

/** A cache that lives as long as its process (the contributor preview's): the same rules, nothing on disk. */
export function createMemoryDerivedCache(): DerivedCache {
  return createDerivedCache(undefined, 'memory', async () => {});
}

function createDerivedCache(usable: Stored | undefined, codeVersion: string, persist: (next: Stored) => Promise<void>): DerivedCache {
  const next = emptyStore(codeVersion);
  return {
    async analysis(text, compute) {
      const key = hashKey(text);
      return (next.analysis[key] ??= usable?.analysis[key] ?? (await compute()));
    },
    transform(key, answers, compute) {
      const kept = next.transform[key] ?? usable?.transform[key];
      if (kept && answers(kept.lookups) === kept.answers) return (next.transform[key] = kept);
      const { result, lookups } = compute();
      const asked = [...lookups];
      return (next.transform[key] = { result, lookups: asked, answers: answers(asked) });
    },
    async pageCheck(key, compute) {
      return (next.pageCheck[key] ??= usable?.pageCheck[key] ?? (await compute()));
    },
    async conversion(key, digest, compute) {
      const kept = next.conversion[key] ?? usable?.conversion[key];
      if (kept && (await digest(kept.result.dependencies)) === kept.digest) return (next.conversion[key] = kept).result;
      const result = await compute();
      next.conversion[key] = { result, digest: await digest(result.dependencies) };
      return result;
    },
    save: () => persist(next),
  };
}

/**
 * One JSON value per line (the code version, then one entry per line): a large site's cache is bigger than the
 * longest string JavaScript can hold (~512 MB, reached near 100,000 docs), so it is never one JSON text.
 */
function* storedLines(stored: Stored): Generator<string> {
  yield JSON.stringify({ code: stored.code });
  for (const [key, analysis] of Object.entries(stored.analysis)) yield JSON.stringify(['a', key, analysis]);
  for (const [key, transform] of Object.entries(stored.transform)) yield JSON.stringify(['t', key, transform]);
  for (const [key, check] of Object.entries(stored.pageCheck)) yield JSON.stringify(['c', key, check]);
  for (const [key, conversion] of Object.entries(stored.conversion)) yield JSON.stringify(['v', key, conversion]);
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const line of lines) {
      batch.push(line);
      size += line.length;
      if (size < 4 * 1024 * 1024) continue;
      await handle.write(`${batch.join('\n')}\n`);
      batch = [];
      size = 0;
    }
    if (batch.length > 0) await handle.write(`${batch.join('\n')}\n`);
  } finally {
    await handle.close();
  }
}

/** The stored entries, if written by the same code; absent, damaged or other code: undefined (start empty). */
async function readStored(file: string, codeVersion: string): Promise<Stored | undefined> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const stored = emptyStore(codeVersion);
  try {
    let first = true;
    for await (const line of lines) {
      if (first) {
        if ((JSON.parse(line) as { code?: string }).code !== codeVersion) return undefined;
        first = false;
        continue;
      }
      const [kind, key, value] = JSON.parse(line) as ['a' | 't' | 'c' | 'v', string, unknown];
      if (kind === 'a') stored.analysis[key] = value as DocAnalysis;
      else if (kind === 't') stored.transform[key] = value as StoredTransform;
      else if (kind === 'c') stored.pageCheck[key] = value as PageCheck;
      else stored.conversion[key] = value as StoredConversion;
    }
    return first ? undefined : stored;
  } catch {
    return undefined;
  } finally {
    lines.close();
    input.destroy();
  }
}
