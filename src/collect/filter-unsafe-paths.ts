import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TreeEntry } from '../fetch/types.js';

type Report = (file: string, problem: Omit<Diagnostic, 'severity'>) => void;

/**
 * Drops entries whose path could escape the output folder (`..`, absolute) and names that differ from
 * another only by case (they would overwrite each other on a case-insensitive checkout).
 */
export function filterUnsafePaths(entries: readonly TreeEntry[], report: Report): TreeEntry[] {
  const kept: TreeEntry[] = [];
  const byFoldedPath = new Map<string, string>();
  for (const entry of entries) {
    const segments = entry.path.split('/');
    if (entry.path.startsWith('/') || segments.some((s) => s === '..' || s === '.' || s === '') || entry.path.includes('\\')) {
      report(entry.path, {
        code: 'content/unsafe-path',
        message: 'file path contains `..`, `.`, a leading `/` or a backslash and is skipped',
        hint: 'rename the file upstream',
      });
      continue;
    }
    const folded = entry.path.toLowerCase();
    const clash = byFoldedPath.get(folded);
    if (clash !== undefined) {
      report(entry.path, {
        code: 'content/case-collision',
        message: `file name differs from ${clash} only by case; the two collide on case-insensitive file systems, so it is skipped`,
        hint: 'rename one of the two files upstream',
      });
      continue;
    }
    byFoldedPath.set(folded, entry.path);
    kept.push(entry);
  }
  return kept;
}
