import type { CollectedFile, CollectedSource } from '../collect/types.js';
import type { IndexStageOutput } from '../pipeline/index-stage.js';
import type { OutputFile } from '../write/types.js';
import { describeSourceFacts, docChanged } from './doc-changed.js';
import { findChangedKeys } from './find-changed-keys.js';

/** What an edit changed in the site, as the rest of the preview needs it. */
export interface SiteChange {
  /** Lookup keys whose answers changed: docs that looked them up are transformed again. */
  changedKeys: Set<string>;
  /** Site paths of the changed sources' docs that must be transformed (new or changed text, history or place). */
  dirtyDocs: Set<string>;
  /** Assets added or changed (written as they are). */
  assets: OutputFile[];
  /** Site paths of files the changed sources no longer have. */
  removed: string[];
}

/** A source collected again, with its collect before. */
export interface Recollected {
  before: CollectedSource;
  after: CollectedSource;
}

/** Compares the site before and after some sources were collected again. Pure. */
export function compareSources(changed: readonly Recollected[], indexBefore: IndexStageOutput, indexAfter: IndexStageOutput): SiteChange {
  const paths = changed.map(({ before, after }) => ({ id: after.fetched.spec.id, before: before.snapshotPaths, after: after.snapshotPaths }));
  const change: SiteChange = { changedKeys: findChangedKeys(indexBefore.index, indexAfter.index, paths), dirtyDocs: new Set(), assets: [], removed: [] };
  for (const { before, after } of changed) {
    const id = after.fetched.spec.id;
    const everyDoc = describeSourceFacts(indexBefore.sources.get(id)) !== describeSourceFacts(indexAfter.sources.get(id));
    const old = byTo(before.files);
    const now = byTo(after.files);
    change.removed.push(...[...old.keys()].filter((to) => !now.has(to)));
    for (const [to, file] of now) {
      const previous = old.get(to);
      if (file.kind === 'doc') {
        if (everyDoc || previous?.kind !== 'doc' || docChanged(previous, file)) change.dirtyDocs.add(to);
      } else if (previous?.kind !== 'asset' || !previous.content.equals(file.content)) {
        change.assets.push({ to, content: file.content, source: file.source });
      }
    }
  }
  return change;
}

function byTo(files: readonly CollectedFile[]): Map<string, CollectedFile> {
  return new Map(files.map((file) => [file.to, file]));
}
