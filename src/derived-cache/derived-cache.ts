import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocAnalysis } from '../markdown/analyze-doc.js';
import type { TransformResult } from '../transform/types.js';

/**
 * Results derived from doc contents, kept between runs so that a sync where little changed parses little:
 * the analysis of a doc by its text, and a transformed doc by its own facts and the answers to the lookups
 * its links made. Only entries used in a run are saved, so the cache never grows beyond the site.
 */
export interface DerivedCache {
  /** Fingerprint of the code that derives the cached results (see computeCodeVersion). */
  readonly codeVersion: string;
  analysis(text: string, compute: () => Promise<DocAnalysis>): Promise<DocAnalysis>;
  /**
   * The transform stored under `key` (the doc's text, place, history and source) if the lookups it made then
   * answer as they did (`answers` digests their current answers), else `compute()`'s, stored with its lookups.
   */
  transform(key: string, answers: (lookups: readonly string[]) => string, compute: () => RecordedTransform): TransformResult;
  save(): Promise<void>;
}

/** A transformed doc and the lookup keys its links asked while it was made (see src/link-index/record-lookups). */
export interface RecordedTransform {
  result: TransformResult;
  lookups: Iterable<string>;
}

interface StoredTransform {
  result: TransformResult;
  lookups: string[];
  /** Digest of the lookups' answers when the doc was transformed. */
  answers: string;
}

interface Stored {
  code: string;
  analysis: Record<string, DocAnalysis>;
  transform: Record<string, StoredTransform>;
}

export function hashKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** Opens the cache in `dir`; entries written by another version of the code (`codeVersion`) are ignored. */
export async function openDerivedCache(dir: string, codeVersion: string): Promise<DerivedCache> {
  const file = join(dir, 'derived.json');
  const previous = await readStored(file);
  const usable = previous?.code === codeVersion ? previous : undefined;
  const next: Stored = { code: codeVersion, analysis: {}, transform: {} };
  return {
    codeVersion,
    async analysis(text, compute) {
      const key = hashKey(text);
      return (next.analysis[key] ??= usable?.analysis[key] ?? (await compute()));
    },
    transform(key, answers, compute) {
      const kept = next.transform[key] ?? usable?.transform[key];
      if (kept && answers(kept.lookups) === kept.answers) return (next.transform[key] = kept).result;
      const { result, lookups } = compute();
      const asked = [...lookups];
      next.transform[key] = { result, lookups: asked, answers: answers(asked) };
      return result;
    },
    async save() {
      await mkdir(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(next));
      await rename(temp, file);
    },
  };
}

async function readStored(file: string): Promise<Stored | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Stored;
  } catch {
    return undefined; // absent or damaged: start empty
  }
}
