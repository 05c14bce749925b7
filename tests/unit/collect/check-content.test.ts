import { describe, expect, it } from 'vitest';
import { decodeDoc, DEFAULT_LIMITS } from '../../../src/collect/check-content.js';
import { filterUnsafePaths } from '../../../src/collect/filter-unsafe-paths.js';

describe('decodeDoc', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeDoc(Buffer.from('\uFEFF# Title\n'), DEFAULT_LIMITS)).toEqual({ text: '# Title\n' });
  });

  it('refuses binary data named .md, with the line of the first NUL byte', () => {
    expect(decodeDoc(Buffer.from('a\nb\n\0c'), DEFAULT_LIMITS)).toMatchObject({ problem: { code: 'content/binary', line: 3 } });
  });

  it('refuses invalid UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(decodeDoc(latin1, DEFAULT_LIMITS)).toMatchObject({ problem: { code: 'content/invalid-utf8', line: 2 } });
  });

  it('refuses files over the size limit', () => {
    const result = decodeDoc(Buffer.alloc(11, 'a'), { ...DEFAULT_LIMITS, maxDocBytes: 10 });
    expect(result).toMatchObject({ problem: { code: 'content/too-large' } });
  });
});

describe('filterUnsafePaths', () => {
  it('drops escaping paths and names that differ only by case, reporting each', () => {
    const reported: string[] = [];
    const kept = filterUnsafePaths(
      ['docs/a.md', '../etc/passwd', '/abs.md', 'docs/A.md', 'docs/b.md'].map((path) => ({ path, kind: 'file' as const, size: 1 })),
      (file, problem) => reported.push(`${file} ${problem.code}`),
    );
    expect(kept.map((e) => e.path)).toEqual(['docs/a.md', 'docs/b.md']);
    expect(reported).toEqual(['../etc/passwd content/unsafe-path', '/abs.md content/unsafe-path', 'docs/A.md content/case-collision']);
  });
});
