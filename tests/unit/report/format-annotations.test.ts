import { describe, expect, it } from 'vitest';
import { formatAnnotations } from '../../../src/report/format-annotations.js';
import { NEW, report, source } from './report-fixture.js';

describe('formatAnnotations', () => {
  it('raises errors before warnings for upstream problems, escaped as the Actions runner expects, with a link upstream', () => {
    const lines = formatAnnotations(
      report(
        [source({ id: 'guides', files: [{ from: 'docs/setup.md', to: 'content/docs/guides/setup.md' }] })],
        [
          { severity: 'warning', code: 'link/missing-target', source: 'guides', file: 'docs/setup.md', line: 12, message: 'broken link "x.md": 100% gone', hint: 'fix it,\nupstream' },
          { severity: 'error', code: 'fetch/ref-not-found', source: 'guides', file: 'repos.yaml', line: 3, message: 'ref "main" does not exist', hint: null },
          { severity: 'info', code: 'link/rewritten', source: 'guides', file: 'docs/setup.md', line: 1, message: 'only information', hint: null },
          { severity: 'warning', code: 'manifest/conflicting-category', source: null, file: 'repos.yaml', line: 9, message: 'not upstream', hint: null },
        ],
      ),
    );
    expect(lines).toEqual([
      '::error file=repos.yaml,line=3,title=guides%3A fetch/ref-not-found::ref "main" does not exist',
      `::warning file=docs/setup.md,line=12,title=guides%3A link/missing-target::broken link "x.md": 100%25 gone (https://github.com/example-org/guides/blob/${NEW}/docs/setup.md#L12)%0Ahint: fix it,%0Aupstream`,
    ]);
  });
});
