import type { CollectedFile } from '../collect/types.js';
import type { TransformSource } from '../transform/types.js';

/** Whether the doc's output may differ: its text, place, format, history or (for a translation) English page changed. */
export function docChanged(before: CollectedFile | undefined, after: CollectedFile): boolean {
  if (!before) return true;
  return (
    before.from !== after.from ||
    before.format !== after.format ||
    JSON.stringify(before.history) !== JSON.stringify(after.history) ||
    JSON.stringify(before.translation) !== JSON.stringify(after.translation) ||
    !before.content.equals(after.content)
  );
}

/** Link facts of the source that every one of its pages shows (branch, repo folder, commit, trust). */
export function describeSourceFacts(source: TransformSource | undefined): string {
  if (!source) return '';
  const { paths: _paths, ...facts } = source;
  return JSON.stringify(facts);
}
