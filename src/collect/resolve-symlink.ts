import { posix } from 'node:path';
import type { TreeEntry } from '../fetch/types.js';

export type SymlinkResolution =
  | { kind: 'file'; entry: TreeEntry }
  | { kind: 'escapes'; target: string }
  | { kind: 'loop' }
  | { kind: 'dangling'; target: string };

const MAX_HOPS = 40; // as the Linux kernel does

/**
 * Resolves a symlink inside the snapshot, the way Antora does: the link text is interpreted relative to the
 * link's folder and must stay inside the repo. Nothing on the build machine's disk is ever followed.
 */
export function resolveSymlink(
  link: TreeEntry,
  entries: ReadonlyMap<string, TreeEntry>,
  linkText: (path: string) => string | undefined,
): SymlinkResolution {
  let current = link;
  const seen = new Set<string>();
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (seen.has(current.path)) return { kind: 'loop' };
    seen.add(current.path);
    const text = linkText(current.path) ?? '';
    if (posix.isAbsolute(text)) return { kind: 'escapes', target: text };
    const target = posix.normalize(posix.join(posix.dirname(current.path), text));
    if (target === '..' || target.startsWith('../')) return { kind: 'escapes', target: text };
    const next = entries.get(target);
    if (!next) return { kind: 'dangling', target };
    if (next.kind === 'file') return { kind: 'file', entry: next };
    current = next;
  }
  return { kind: 'loop' };
}
