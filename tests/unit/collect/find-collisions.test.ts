import { describe, expect, it } from 'vitest';
import { findCollisions } from '../../../src/collect/find-collisions.js';
import type { CollectedSource } from '../../../src/collect/types.js';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { sourceSpec } from './spec.js';

function collected(id: string, line: number, files: [string, string][]): CollectedSource {
  return {
    fetched: { spec: sourceSpec({ id, location: { line, column: 5 } }), status: 'synced' },
    files: files.map(([from, to]) => ({ source: id, from, to, kind: 'doc', content: Buffer.from(''), reason: 'include' })),
    snapshotPaths: [],
    toolchain: { name: 'gfm', detected: true },
  };
}

describe('findCollisions', () => {
  it('names both entries, their files and lines when two sources write the same path', () => {
    const errors = findCollisions([
      collected('alpha', 4, [['docs/overview.md', 'docs/x/overview.md']]),
      collected('beta', 11, [['guide/overview.md', 'docs/x/overview.md'], ['guide/other.md', 'docs/x/other.md']]),
    ]);
    expect(errors.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "beta (https://github.com/example-org/demo) guide/overview.md: error: sources "alpha" (docs/overview.md, repos.yaml line 4) and "beta" (guide/overview.md, line 11) both write docs/x/overview.md
        hint: give one of the two entries another \`target\`, or narrow its \`include\`/\`exclude\` globs",
      ]
    `);
  });

  it('accepts sources that write different paths', () => {
    expect(findCollisions([collected('a', 1, [['x.md', 'docs/a/x.md']]), collected('b', 2, [['x.md', 'docs/b/x.md']])])).toEqual([]);
  });
});
