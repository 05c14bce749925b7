import type { TreeEntry } from './types.js';

/**
 * Parses `git ls-tree -r -z <commit>`: `<mode> <type> <oid>\t<path>\0`.
 * Regular files and symlinks are kept; submodules (gitlinks) have no content here and are skipped.
 * Sizes are unknown at this point (-1) and filled in by the caller.
 */
export function parseLsTree(text: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of text.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (type !== 'blob' || !oid) continue;
    const kind = mode === '120000' ? 'symlink' : 'file';
    entries.push({ path: record.slice(tab + 1), kind, size: -1, oid });
  }
  return entries;
}

/** Parses `git rev-list --objects --missing=print` output: the ids printed as `?<oid>`. */
export function parseMissingObjects(text: string): Set<string> {
  const missing = new Set<string>();
  for (const line of text.split('\n')) if (line.startsWith('?')) missing.add(line.slice(1).trim());
  return missing;
}

/** Parses `git cat-file --batch-check` (`<oid> <type> <size>`): oid → size. */
export function parseBatchCheck(text: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (oid && type && type !== 'missing' && size !== undefined) sizes.set(oid, Number(size));
  }
  return sizes;
}

/** Parses `git cat-file --batch` output: oid → content. Objects reported `missing` are absent. */
export function parseCatFileBatch(output: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    if (lineEnd < 0) break;
    const [oid, type, sizeText] = output.toString('utf8', offset, lineEnd).split(' ');
    offset = lineEnd + 1;
    if (!oid || type === 'missing' || sizeText === undefined) continue;
    const size = Number(sizeText);
    objects.set(oid, Buffer.from(output.subarray(offset, offset + size)));
    offset += size + 1;
  }
  return objects;
}
