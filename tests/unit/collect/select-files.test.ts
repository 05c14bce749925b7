import { describe, expect, it } from 'vitest';
import { selectFiles } from '../../../src/collect/select-files.js';
import type { TreeEntry } from '../../../src/fetch/types.js';
import { sourceSpec } from './spec.js';

const tree: TreeEntry[] = ['README.md', 'docs/a.md', 'docs/sub/b.md', 'docs/.hidden.md', 'docs/img/x.png', 'src/main.go'].map(
  (path) => ({ path, kind: 'file', size: 1 }),
);

describe('selectFiles', () => {
  it('applies include and exclude globs relative to the repo root', () => {
    const { selected, diagnostics } = selectFiles(sourceSpec({ include: ['docs/**/*.md'], exclude: ['docs/sub/**'] }), tree);
    expect(selected.map((e) => e.path)).toEqual(['docs/a.md', 'docs/.hidden.md']);
    expect(diagnostics).toEqual([]);
  });

  it('warns, naming the entry and the glob, when an include glob matches nothing', () => {
    const { selected, diagnostics } = selectFiles(sourceSpec({ include: ['docs/*.md', 'Docs/*.md'] }), tree);
    expect(selected.map((e) => e.path)).toEqual(['docs/a.md', 'docs/.hidden.md']);
    expect(diagnostics).toMatchObject([
      { severity: 'warning', source: 'demo', message: 'include glob "Docs/*.md" matches no file' },
    ]);
  });
});
