import { bulletList, details, escapeMarkdown, inlineCode } from './markdown-text.js';
import type { FileChanges } from './types.js';

const MAX_FILES_PER_SOURCE = 50;

/** `+2 ~1 −3` for files added, changed and removed; `–` when there are none (or nothing is known). */
export function describeChangeCounts(changes: FileChanges | undefined): string {
  if (!changes) return '–';
  const parts = [
    changes.added.length > 0 ? `+${changes.added.length}` : '',
    changes.changed.length > 0 ? `~${changes.changed.length}` : '',
    changes.removed.length > 0 ? `−${changes.removed.length}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '–';
}

/** A collapsed list of the changed paths of one source; nothing when no file changed. */
export function renderFileChanges(sourceId: string, changes: FileChanges | undefined): string[] {
  if (!changes) return [];
  const items = [
    ...changes.added.map((path) => `added ${inlineCode(path)}`),
    ...changes.changed.map((path) => `changed ${inlineCode(path)}`),
    ...changes.removed.map((path) => `removed ${inlineCode(path)}`),
  ];
  if (items.length === 0) return [];
  const counts = `${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed`;
  return details(`${escapeMarkdown(sourceId)}: ${counts}`, bulletList(items, MAX_FILES_PER_SOURCE));
}
