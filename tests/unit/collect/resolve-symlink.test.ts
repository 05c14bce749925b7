import { describe, expect, it } from 'vitest';
import { resolveSymlink } from '../../../src/collect/resolve-symlink.js';
import type { TreeEntry } from '../../../src/fetch/types.js';

const links: Record<string, string> = {
  'docs/alias.md': '../shared/real.md',
  'docs/passwd.md': '/etc/passwd',
  'docs/ssh.md': '../../.ssh/id_rsa',
  'docs/up.md': '../../../',
  'docs/loop-a.md': 'loop-b.md',
  'docs/loop-b.md': 'loop-a.md',
  'docs/chain.md': 'alias.md',
  'docs/dangling.md': 'missing.md',
};
const entries = new Map<string, TreeEntry>([
  ['shared/real.md', { path: 'shared/real.md', kind: 'file', size: 10 }],
  ...Object.keys(links).map((path): [string, TreeEntry] => [path, { path, kind: 'symlink', size: 1 }]),
]);
const resolve = (path: string) => resolveSymlink(entries.get(path)!, entries, (p) => links[p]);

describe('resolveSymlink', () => {
  it('resolves an in-repo link relative to its folder, through chains', () => {
    expect(resolve('docs/alias.md')).toMatchObject({ kind: 'file', entry: { path: 'shared/real.md' } });
    expect(resolve('docs/chain.md')).toMatchObject({ kind: 'file', entry: { path: 'shared/real.md' } });
  });

  it.each(['docs/passwd.md', 'docs/ssh.md', 'docs/up.md'])('never follows %s out of the repo', (path) => {
    expect(resolve(path).kind).toBe('escapes');
  });

  it('reports loops and dangling links', () => {
    expect(resolve('docs/loop-a.md').kind).toBe('loop');
    expect(resolve('docs/dangling.md')).toEqual({ kind: 'dangling', target: 'docs/missing.md' });
  });
});
