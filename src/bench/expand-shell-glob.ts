import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';

const GLOB_CHARS = /[*?[]/;

/**
 * Expands a path pattern the way `sh` does for `cp -r DIR/PATTERN`: segment by segment, `*` never crossing a
 * `/`, hidden names only when named. Returns the matching paths relative to `dir`, sorted; none when nothing matches.
 */
export async function expandShellGlob(dir: string, pattern: string): Promise<string[]> {
  let matches = [''];
  for (const segment of pattern.split('/').filter((s) => s !== '' && s !== '.')) {
    const next: string[] = [];
    for (const base of matches) next.push(...(await matchSegment(dir, base, segment)));
    matches = next;
  }
  return matches.filter((m) => m !== '').sort();
}

async function matchSegment(dir: string, base: string, segment: string): Promise<string[]> {
  const entries = await readdir(join(dir, base)).catch(() => [] as string[]);
  const join2 = (name: string) => (base === '' ? name : `${base}/${name}`);
  if (!GLOB_CHARS.test(segment)) return entries.includes(segment) ? [join2(segment)] : [];
  const isMatch = picomatch(segment, { dot: false });
  return entries.filter((name) => isMatch(name)).map(join2);
}
