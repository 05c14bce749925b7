import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/markdown/classify-url.js';
import { resolveUpstreamPath } from '../../../src/markdown/resolve-upstream-path.js';

describe('resolveUpstreamPath', () => {
  it.each([
    ['Standards/scs-0100.md', 'scs-0101.md', { path: 'Standards/scs-0101.md' }],
    ['Standards/scs-0100.md', './img/a.png', { path: 'Standards/img/a.png' }],
    ['Standards/scs-0100.md', '../Tests/README.md#usage', { path: 'Tests/README.md', fragment: 'usage' }],
    ['Standards/scs-0100.md', '../Tests/', { path: 'Tests', folder: true }],
    ['docs/a/b.md', '/README.md', { path: 'README.md' }],
    ['docs/a/b.md', 'my%20file.md?plain=1#S%C3%BCd', { path: 'docs/a/my file.md', query: 'plain=1', fragment: 'Süd' }],
    ['README.md', 'docs', { path: 'docs' }],
    ['README.md', '.', { path: '', folder: true }],
  ])('%s + %s', (from, url, expected) => {
    expect(resolveUpstreamPath(from, url)).toEqual(expected);
  });

  it.each(['https://example.org/x.md', '//cdn.example.org/a.png', 'mailto:a@b.c', '#anchor', 'javascript:alert(1)', '../../x.md', '/../x.md'])(
    'gives nothing for %s',
    (url) => expect(resolveUpstreamPath('docs/a.md', url)).toBeUndefined(),
  );

  it('tells escaping paths apart from external ones', () => {
    expect(classifyUrl('../../x.md')).toBe('relative');
    expect(classifyUrl('/x')).toBe('root');
    expect(classifyUrl(' JavaScript:alert(1)')).toBe('unsafe');
    expect(classifyUrl('java\nscript:alert(1)')).toBe('unsafe');
    expect(classifyUrl('tel:+491')).toBe('other');
  });
});
