import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBuildErrors } from '../../../../src/site/site-checks/parse-build-errors.js';

/** Output of real `docusaurus build` runs on small broken trees, with the machine's paths replaced by /srv/site. */
function sample(name: string): string {
  return readFileSync(new URL(`samples/${name}.txt`, import.meta.url), 'utf8');
}

describe('reading what Docusaurus found in a failed build', () => {
  it('lists every broken link with the page it is on', () => {
    expect(parseBuildErrors(sample('broken-links'))).toEqual([
      { kind: 'broken-link', page: '/docs/guide/a', target: '/docs/nope' },
      { kind: 'broken-link', page: '/docs/guide/a', target: '/user-docs/gone' },
    ]);
  });

  it('lists every broken anchor, also same-page ones', () => {
    expect(parseBuildErrors(sample('broken-anchors'))).toEqual([
      { kind: 'broken-anchor', page: '/docs/guide/a', target: '/docs/guide/b#no-such-heading' },
      { kind: 'broken-anchor', page: '/docs/guide/b', target: '#missing-here' },
    ]);
  });

  it('reads broken markdown links and images with their file and position, once each', () => {
    const link = { kind: 'markdown-link', url: './missing.md', file: 'content/docs/guide/c.md', line: 3, column: 3 };
    expect(parseBuildErrors(sample('broken-markdown-link'))).toContainEqual(link);
    expect(parseBuildErrors(sample('broken-markdown-link')).filter((e) => e.kind === 'markdown-link')).toHaveLength(1);
    expect(parseBuildErrors(sample('broken-markdown-image'))).toContainEqual({
      kind: 'markdown-image',
      url: './missing.png',
      file: 'content/docs/guide/c.md',
      line: 3,
      column: 81,
    });
  });

  it('names a markdown file that failed to compile for another reason, with the cause', () => {
    expect(parseBuildErrors(sample('mdx-syntax-error'))).toEqual([
      { kind: 'mdx-compile', file: '/srv/site/content/docs/guide/c.mdx', reason: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`' },
    ]);
  });

  it('names each page static rendering failed on, with the cause', () => {
    expect(parseBuildErrors(sample('ssg-render-error'))).toEqual([{ kind: 'ssg-render', page: '/docs/tags', reason: 'Invalid tag: key,value,effect' }]);
  });

  it('reads coloured output the same as plain output', () => {
    const coloured = sample('broken-links').replace('/docs/nope', '\u001b[36m/docs/nope\u001b[39m');
    expect(parseBuildErrors(coloured)).toEqual(parseBuildErrors(sample('broken-links')));
  });

  it('finds nothing in output it does not know, or in a successful build', () => {
    expect(parseBuildErrors('[ERROR] Error: something else went wrong\n-> linking to nowhere\n')).toEqual([]);
    expect(parseBuildErrors('[SUCCESS] Generated static files in "build".\n')).toEqual([]);
  });
});
