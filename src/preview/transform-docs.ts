import type { CollectedFile, CollectedSource } from '../collect/types.js';
import type { IndexStageOutput } from '../pipeline/index-stage.js';
import type { TransformedDoc } from '../pipeline/transform-stage.js';
import type { OutputFile } from '../write/types.js';
import type { SiteChange } from './compare-sources.js';
import { diffProblems, type ProblemDiff } from './diff-problems.js';
import { transformWithLookups, type DocResult } from './transform-with-lookups.js';

/** The last transform of every doc of the site, by site path. */
export type DocResults = Map<string, DocResult>;

/**
 * The sync's transform of every doc of `sources` it made (the preview starts from these instead of transforming
 * the whole site again); a doc the sync could not transform is left for transformDocs.
 */
export function docResultsOf(sources: Iterable<CollectedSource>, synced: ReadonlyMap<string, TransformedDoc>): DocResults {
  const docs: DocResults = new Map();
  for (const source of sources) {
    for (const file of source.files) {
      const doc = synced.get(file.to);
      if (file.kind !== 'doc' || doc?.file !== file) continue;
      docs.set(file.to, { to: file.to, source: file.source, content: doc.content, edits: doc.edits, keys: new Set(doc.lookups), diagnostics: doc.diagnostics });
    }
  }
  return docs;
}

/** Docs of changed sources that changed, and every doc whose recorded lookups now answer differently. */
export function findDirtyDocs(docs: DocResults, change: SiteChange): Set<string> {
  const dirty = new Set(change.dirtyDocs);
  const keys = change.changedKeys;
  if (keys.size === 0) return dirty;
  for (const [to, doc] of docs) {
    if (dirty.has(to)) continue;
    for (const key of doc.keys) {
      if (!keys.has(key)) continue;
      dirty.add(to);
      break;
    }
  }
  return dirty;
}

export interface TransformedDocs {
  outputs: OutputFile[];
  problems: ProblemDiff;
}

/** Turns a freshly transformed doc into the page to write (the page check), adding what it found. */
export type FinishDoc = (doc: DocResult, file: CollectedFile) => Promise<DocResult>;

/**
 * Transforms the `dirty` docs against `index`, records their results in `docs`, and returns the pages to
 * write and the problems that appeared or went away. `pause` lets a long run yield to the event loop.
 */
export async function transformDocs(
  sources: Iterable<CollectedSource>,
  dirty: (to: string) => boolean,
  { index, sources: linkSources }: IndexStageOutput,
  docs: DocResults,
  pause: () => Promise<void> = async () => {},
  finish: FinishDoc = async (doc) => doc,
): Promise<TransformedDocs> {
  const result: TransformedDocs = { outputs: [], problems: { introduced: [], resolved: [] } };
  let count = 0;
  for (const source of sources) {
    const linkSource = linkSources.get(source.fetched.spec.id)!;
    for (const file of source.files) {
      if (file.kind !== 'doc' || !dirty(file.to)) continue;
      const doc = await finish(transformWithLookups(file, linkSource, index), file);
      const problems = diffProblems(docs.get(file.to)?.diagnostics ?? [], doc.diagnostics);
      result.problems.introduced.push(...problems.introduced);
      result.problems.resolved.push(...problems.resolved);
      docs.set(file.to, doc);
      if (doc.content) result.outputs.push({ to: doc.to, content: doc.content, source: doc.source });
      if (++count % 8 === 0) await pause();
    }
  }
  return result;
}
