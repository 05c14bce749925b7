import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/diagnostics/format.js';
import { checkUpstreamPages } from '../../../../src/site/site-checks/check-upstream-pages.js';
import { docPage, fakeBuild } from './fake-build.js';
import { makeReport, makeSource } from './sample-report.js';

const EDIT_A = 'https://github.com/example-org/guide/edit/main/docs/a%20b.md';
const DATE = '2026-01-02T03:04:05.000Z';

const report = makeReport([
  makeSource({ id: 'site', repo: 'https://github.com/example-org/docs', files: [{ from: 'docs/index.md', to: 'content/docs/index.md', route: '/docs/' }] }),
  makeSource({
    id: 'guide',
    files: [
      { from: 'docs/a b.md', to: 'content/docs/guide/a b.md', route: '/docs/guide/a%20b' },
      { from: 'docs/img.png', to: 'content/docs/guide/img.png' },
    ],
  }),
]);

function check(files: Record<string, string>) {
  return checkUpstreamPages(report, fakeBuild(files), 'site');
}

describe('pages from upstream sources', () => {
  it('pass with an edit link to their upstream file on any branch and a last-updated date', () => {
    expect(check({ 'docs/guide/a b/index.html': docPage({ editUrl: EDIT_A, lastUpdated: DATE }) })).toEqual({ checked: 1, passed: 1, failures: [] });
    const onRelease = EDIT_A.replace('/edit/main/', '/edit/release%2F1.0/');
    expect(check({ 'docs/guide/a b/index.html': docPage({ editUrl: onRelease, lastUpdated: DATE }) }).failures).toEqual([]);
  });

  it("leave out the site's own pages and files that are not pages", () => {
    expect(check({ 'docs/guide/a b/index.html': docPage({ editUrl: EDIT_A, lastUpdated: DATE }) }).checked).toBe(1);
  });

  it('fail without an edit link or last-updated date, naming the upstream file', () => {
    const result = check({ 'docs/guide/a b/index.html': docPage() });
    expect(result.passed).toBe(0);
    expect(result.failures.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/guide @0123456) docs/a b.md: error: page /docs/guide/a%20b has no "Edit this page" link (expected https://github.com/example-org/guide/edit/<branch>/docs/a%20b.md)
        hint: The sync writes \`custom_edit_url\` into the front matter; check that the page kept it.
      guide (https://github.com/example-org/guide @0123456) docs/a b.md: error: page /docs/guide/a%20b does not show "last updated"
        hint: The sync writes \`last_update\` into the front matter; check that the page kept it."
    `);
  });

  it('fail when the edit link opens another file or repo', () => {
    for (const wrong of ['https://github.com/example-org/other/edit/main/docs/a%20b.md', 'https://github.com/example-org/guide/edit/main/docs/c.md']) {
      const result = check({ 'docs/guide/a b/index.html': docPage({ editUrl: wrong, lastUpdated: DATE }) });
      expect(result.failures.map((d) => d.code)).toEqual(['site/edit-link-wrong']);
    }
  });

  it('fail when the page is not in the build at all', () => {
    expect(check({}).failures).toMatchObject([{ code: 'site/page-missing', source: 'guide', file: 'docs/a b.md' }]);
  });
});
