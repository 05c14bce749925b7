import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/report/render-summary.js';
import { NEW, OLD, report, source } from './report-fixture.js';

describe('renderSummary', () => {
  it('shows per source the old and new commit with a compare link, file changes, degraded sources and problems', () => {
    const summary = renderSummary(
      report(
        [
          source({
            id: 'guides',
            files: [{ from: 'docs/setup.md', to: 'content/docs/guides/setup.md' }],
            changes: { added: ['content/docs/guides/new.md'], changed: ['content/docs/guides/setup.md'], removed: ['content/docs/guides/old.md'] },
          }),
          source({ id: 'same', status: 'unchanged', commit: OLD }),
          source({ id: 'fresh', previousCommit: null }),
          source({ id: 'down', status: 'stale', commit: OLD, error: 'cannot list the refs of https://github.com/example-org/down: fatal: unreachable; building the last good commit aaaaaaa from repos.lock' }),
          source({ id: 'never', status: 'failed', commit: null, previousCommit: null, error: 'ref "main" does not exist in https://github.com/example-org/never' }),
          source({ id: 'site', repo: 'docs', commit: null, previousCommit: null }),
        ],
        [
          { severity: 'warning', code: 'link/missing-target', source: 'guides', file: 'docs/setup.md', line: 12, message: 'broken link "a|b.md"', hint: null },
          { severity: 'error', code: 'fetch/ref-not-found', source: 'never', file: 'repos.yaml', line: 20, message: 'ref "main" does not exist', hint: null },
        ],
      ),
    );
    expect(summary).toMatchInlineSnapshot(`
      "## Docs sync

      6 sources (1 updated, 1 new, 1 unchanged, 1 local, 1 stale, 1 failed) · 3 files written, 1 removed · 1 error, 1 warning · 12.3 s

      ### ⚠️ Stale and failed sources

      - **down** (stale, last good commit aaaaaaa): cannot list the refs of https://github.com/example-org/down: fatal: unreachable; building the last good commit aaaaaaa from repos.lock
      - **never** (failed, not on the site): ref "main" does not exist in https://github.com/example-org/never

      | Source | Status | Commit | Files |
      | --- | --- | --- | --- |
      | guides | updated | [aaaaaaa → bbbbbbb](https://github.com/example-org/guides/compare/${OLD}...${NEW}) | +1 ~1 −1 |
      | same | unchanged | [aaaaaaa](https://github.com/example-org/same/commit/${OLD}) | – |
      | fresh | new | [bbbbbbb](https://github.com/example-org/fresh/commit/${NEW}) | – |
      | down | stale | [aaaaaaa](https://github.com/example-org/down/commit/${OLD}) (last good) | – |
      | never | failed | – | – |
      | site | local | working tree | – |

      ### Changed files

      <details>
      <summary>guides: 1 added, 1 changed, 1 removed</summary>

      - added \`content/docs/guides/new.md\`
      - changed \`content/docs/guides/setup.md\`
      - removed \`content/docs/guides/old.md\`

      </details>

      ### Errors (1)

      - **never** \`repos.yaml:20\`: ref "main" does not exist

      ### Warnings (1)

      - **guides** [\`docs/setup.md:12\`](https://github.com/example-org/guides/blob/${NEW}/docs/setup.md#L12): broken link "a\\|b.md"
      "
    `);
  });

  it('links GitLab compares the GitLab way and leaves unknown hosts unlinked', () => {
    const summary = renderSummary(
      report([
        source({ id: 'lab', repo: 'https://gitlab.com/group/lab' }),
        source({ id: 'own', repo: 'https://git.example.internal/docs.git' }),
      ]),
    );
    expect(summary).toContain(`| lab | updated | [aaaaaaa → bbbbbbb](https://gitlab.com/group/lab/-/compare/${OLD}...${NEW}) | – |`);
    expect(summary).toContain('| own | updated | aaaaaaa → bbbbbbb | – |');
  });

  it('collapses long problem lists and says how many were left out', () => {
    const problems = Array.from({ length: 205 }, (_, i) => ({
      severity: 'warning' as const,
      code: 'link/missing-target',
      source: 'guides',
      file: null,
      line: null,
      message: `problem ${i}`,
      hint: null,
    }));
    const summary = renderSummary(report([source({ id: 'guides' })], problems));
    expect(summary).toContain('<summary>205 warnings</summary>');
    expect(summary).toContain('- **guides**: problem 199\n- … and 5 more');
    expect(summary).not.toContain('problem 200');
  });
});
