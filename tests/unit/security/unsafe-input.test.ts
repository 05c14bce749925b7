/** The pure checks behind the end-to-end security tests, for inputs the integration tests cannot produce. */
import { describe, expect, it } from 'vitest';
import { checkActiveAsset } from '../../../src/collect/check-active-asset.js';
import { filterUnsafePaths } from '../../../src/collect/filter-unsafe-paths.js';
import { stripCredentials } from '../../../src/diagnostics/redact.js';
import type { TreeEntry } from '../../../src/fetch/types.js';
import { listHtmlHazards } from '../../../src/markdown/html-hazards.js';

const file = (path: string): TreeEntry => ({ path, kind: 'file', size: 1 });

describe('unsafe paths', () => {
  it('skips a leading "/", "..", "." and empty segments and backslashes, which git transport cannot always carry', () => {
    const reported: string[] = [];
    const kept = filterUnsafePaths(
      ['/etc/cron.md', 'docs/../x.md', 'docs/./y.md', 'docs//z.md', 'docs\\w.md', 'docs/ok.md'].map(file),
      (path, problem) => reported.push(`${problem.code} ${path}`),
    );
    expect(kept.map((e) => e.path)).toEqual(['docs/ok.md']);
    expect(reported).toHaveLength(5);
    expect(new Set(reported.map((r) => r.split(' ')[0]))).toEqual(new Set(['content/unsafe-path']));
  });
});

describe('credentials in text', () => {
  it('strips user and password even when the password holds "@", and leaves @ in paths and queries alone', () => {
    expect(stripCredentials("fatal: unable to access 'https://user:p@ss@github.com/o/r/': 403")).toBe("fatal: unable to access 'https://github.com/o/r/': 403");
    expect(stripCredentials('https://github.com/o/r?x=a@b and https://h/p@q')).toBe('https://github.com/o/r?x=a@b and https://h/p@q');
  });
});

describe('raw html in svg', () => {
  it('finds script URLs in xlink:href and animations that set href', () => {
    const svg = '<svg><a xlink:href="javascript:alert(1)"><set attributeName="href" to="javascript:alert(2)"/></a></svg>';
    expect(listHtmlHazards(svg, { skipRewrittenUrls: false }).map((h) => h.name)).toEqual(['a xlink:href', 'set']);
  });

  it('publishes svg images without scripts, with stylesheets, and refuses html documents', () => {
    expect(checkActiveAsset('img/diagram.svg', Buffer.from('<svg><style>.a{fill:red}</style><rect class="a"/></svg>'))).toBeUndefined();
    expect(checkActiveAsset('img/photo.png', Buffer.from('<script>alert(1)</script>'))).toBeUndefined();
    expect(checkActiveAsset('page.HTML', Buffer.from('<p>hi</p>'))?.code).toBe('content/active-file');
    expect(checkActiveAsset('img/x.svg', Buffer.from('<svg>\n<rect onclick="alert(1)"/></svg>'))).toMatchObject({ code: 'content/active-file', line: 2 });
  });
});
