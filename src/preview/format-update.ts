import { formatDiagnostic, formatLocation } from '../diagnostics/format.js';
import type { ChangeSet } from './batch-changes.js';
import type { PreviewUpdate } from './preview-session.js';

const MAX_LISTED = 5;

/**
 * What the terminal shows after an edit: which upstream files changed, which pages were written, each
 * problem the edit introduced (with upstream file:line and a hint) and each one it fixed.
 */
export function formatUpdate(changes: ChangeSet, update: PreviewUpdate, elapsedMs: number): string {
  const lines: string[] = [];
  const changed = [...changes].flatMap(([id, paths]) => [...paths].map((path) => `${id}:${path}`));
  const pages = update.written.length + update.removed.length;
  const summary = update.failed
    ? 'not applied, the pages stay as they were'
    : pages === 0
      ? 'no page changed'
      : `${describeCount(update.written.length, 'page')} written${update.removed.length > 0 ? `, ${update.removed.length} removed` : ''}`;
  lines.push(`preview: ${listSome(changed)} → ${summary} (${(elapsedMs / 1000).toFixed(2)} s)`);
  for (const problem of update.introduced) lines.push(formatDiagnostic(problem));
  for (const fixed of update.resolved) lines.push(`preview: fixed: ${[formatLocation(fixed), fixed.message].filter(Boolean).join(': ')}`);
  return `${lines.join('\n')}\n`;
}

function listSome(items: readonly string[]): string {
  if (items.length <= MAX_LISTED) return items.join(', ');
  return `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
}

function describeCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
