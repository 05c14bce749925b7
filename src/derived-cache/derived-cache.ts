import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocAnalysis } from '../markdown/analyze-doc.js';
import type { TransformResult } from '../transform/types.js';

/**
 * Results derived from doc contents, kept between runs so that a sync where little changed parses little:
 * the analysis of a doc by its text, and a transformed doc by everything its output depends on.
 * Only entries used in a run are saved, so the cache never grows beyond the site.
 */
export interface DerivedCache {
  /** Fingerprint of the code that derives the cached results (see computeCodeVersion). */
  readonly codeVersion: string;
  analysis(text: string, compute: () => DocAnalysis): DocAnalysis;
  transform(key: string, compute: () => TransformResult): TransformResult;
  save(): Promise<void>;
}

interface Stored {
  code: string;
  analysis: Record<string, DocAnalysis>;
  transform: Record<string, TransformResult>;
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
    analysis(text, compute) {
      const key = hashKey(text);
      return (next.analysis[key] ??= usable?.analysis[key] ?? compute());
    },
    transform(key, compute) {
      return (next.transform[key] ??= usable?.transform[key] ?? compute());
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
