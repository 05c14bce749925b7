import type { CollectedFile } from '../collect/types.js';
import type { OutputFile } from '../write/types.js';
import { findChangedKeys } from './find-changed-keys.js';
import { describeSourceFacts, docChanged, snapshotOf, type SourceState } from './source-state.js';

/** What an edit changed in one source, as the rest of the preview needs it. */
export interface SourceChange {
  /** Lookup keys whose answers changed: docs that looked them up are transformed again. */
  changedKeys: Set<string>;
  /** Site paths of this source's docs that must be transformed (new or changed text, history or place). */
  dirtyDocs: Set<string>;
  /** Assets added or changed (written as they are). */
  assets: OutputFile[];
  /** Site paths of files the source no longer has. */
  removed: string[];
}

/** Compares two collects of one source. Pure. */
export function compareSourceStates(before: SourceState, after: SourceState): SourceChange {
  const old = byTo(before.collected.files);
  const now = byTo(after.collected.files);
  const everyDoc = describeSourceFacts(before.transformSource) !== describeSourceFacts(after.transformSource);
  const change: SourceChange = {
    changedKeys: findChangedKeys(snapshotOf(before), snapshotOf(after)),
    dirtyDocs: new Set(),
    assets: [],
    removed: [...old.keys()].filter((to) => !now.has(to)),
  };
  for (const [to, file] of now) {
    const previous = old.get(to);
    if (file.kind === 'doc') {
      if (everyDoc || previous?.kind !== 'doc' || docChanged(previous, file)) change.dirtyDocs.add(to);
    } else if (previous?.kind !== 'asset' || !previous.content.equals(file.content)) {
      change.assets.push({ to, content: file.content, source: file.source });
    }
  }
  return change;
}

function byTo(files: readonly CollectedFile[]): Map<string, CollectedFile> {
  return new Map(files.map((file) => [file.to, file]));
}
