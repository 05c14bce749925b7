import { runGit } from './git-client.js';
import type { FileHistory } from './types.js';

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Parses `git log -z --name-only --format=%x1e%H%x1f%aI%x1f%an`: newest commit first, so the first
 * commit naming a path is the one that last changed it. Only `wanted` paths are reported.
 */
export function parseHistoryLog(text: string, wanted: ReadonlySet<string>): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  for (const record of text.split(RECORD)) {
    const headerEnd = record.indexOf('\0');
    if (headerEnd < 0) continue;
    const [commit, date, author] = record.slice(0, headerEnd).split(FIELD);
    if (!commit || !date || author === undefined) continue;
    for (const raw of record.slice(headerEnd + 1).split('\0')) {
      const path = raw.replace(/^\n/, '');
      if (path && wanted.has(path) && !history.has(path)) history.set(path, { kind: 'commit', commit, date, author });
    }
    if (history.size === wanted.size) break;
  }
  return history;
}

/**
 * Last commit touching each path, in ONE `git log` walk from `rev`.
 * `relative`: run inside a working tree's sub-folder, paths relative to `dir`.
 * Renames are not followed (rename detection would need file contents, which a blobless cache lacks).
 */
export async function readHistory(
  dir: string,
  rev: string,
  paths: readonly string[],
  options: { relative?: boolean } = {},
): Promise<Map<string, FileHistory>> {
  const wanted = new Set(paths);
  if (wanted.size === 0) return new Map();
  const args = [
    'log',
    '--no-renames',
    '--no-show-signature',
    options.relative ? '--relative' : '--no-relative',
    `--format=${RECORD}%H${FIELD}%aI${FIELD}%an`,
    '--name-only',
    '-z',
    rev,
    '--',
    ...[...wanted].map((path) => `:(literal)${path}`),
  ];
  return parseHistoryLog(await runGit(dir, args), wanted);
}
