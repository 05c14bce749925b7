import type { CollectedFile, CollectedSource } from '../collect/types.js';
import type { LinkIndex } from '../link-index/types.js';
import { indexStage } from '../pipeline/index-stage.js';
import type { TransformSource } from '../transform/types.js';
import type { SourceSnapshot } from './find-changed-keys.js';

/** One source of the preview: its collected files, its own part of the link index, and its link facts. */
export interface SourceState {
  id: string;
  collected: CollectedSource;
  index: LinkIndex;
  transformSource: TransformSource;
}

export function buildSourceState(collected: CollectedSource): SourceState {
  const { index, sources } = indexStage([collected]);
  const id = collected.fetched.spec.id;
  return { id, collected, index, transformSource: sources.get(id)! };
}

export function snapshotOf(state: SourceState): SourceSnapshot {
  return { id: state.id, index: state.index, paths: state.collected.snapshotPaths };
}

/** Whether the doc's output may differ: its text, place, format or history changed. */
export function docChanged(before: CollectedFile | undefined, after: CollectedFile): boolean {
  if (!before) return true;
  return (
    before.from !== after.from ||
    before.format !== after.format ||
    JSON.stringify(before.history) !== JSON.stringify(after.history) ||
    !before.content.equals(after.content)
  );
}

/** Link facts of the source that every one of its pages shows (branch, repo folder, commit, trust). */
export function describeSourceFacts(source: TransformSource): string {
  const { paths: _paths, ...facts } = source;
  return JSON.stringify(facts);
}
