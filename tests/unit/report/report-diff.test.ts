import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../src/report/diff-snapshots.js';
import { readSnapshot } from '../../../src/report/read-snapshot.js';
import { renderDiff } from '../../../src/report/render-diff.js';
import { isUserError } from '../../../src/diagnostics/user-error.js';
import { NEW, OLD, report, source } from './report-fixture.js';

const lock = (sources: Record<string, string>) => ({
  version: 1,
  sources: Object.fromEntries(Object.entries(sources).map(([id, commit]) => [id, { repo: `https://github.com/example-org/${id}`, commit }])),
});

describe('diff of two locks or two reports', () => {
  it('lists moved, added and removed sources of two locks with compare links, and only counts unchanged ones', () => {
    const before = readSnapshot(lock({ moved: OLD, kept: OLD, dropped: OLD }), 'old.lock');
    const after = readSnapshot(lock({ moved: NEW, kept: OLD, added: NEW }), 'repos.lock');
    expect(renderDiff(diffSnapshots(before, after))).toMatchInlineSnapshot(`
      "## Upstream changes

      1 updated, 1 added, 1 removed, 1 unchanged.

      | Source | Change | Commits | Files |
      | --- | --- | --- | --- |
      | moved | updated | [aaaaaaa → bbbbbbb](https://github.com/example-org/moved/compare/${OLD}...${NEW}) | – |
      | added | added | [bbbbbbb](https://github.com/example-org/added/commit/${NEW}) | – |
      | dropped | removed | [aaaaaaa](https://github.com/example-org/dropped/commit/${OLD}) → – | – |
      "
    `);
  });

  it('finds added, changed and removed files between two reports by their content hashes', () => {
    const file = (to: string, hash: string) => ({ from: to, to, hash });
    const before = report([source({ id: 'docs', commit: OLD, files: [file('content/a.md', '1'), file('content/b.md', '2'), file('content/c.md', '3')] })]);
    const after = report([source({ id: 'docs', commit: NEW, files: [file('content/a.md', '1'), file('content/b.md', '9'), file('content/d.md', '4')] })]);
    const [diff] = diffSnapshots(readSnapshot(before, 'old.json'), readSnapshot(after, 'new.json'));
    expect(diff).toMatchObject({ change: 'updated', files: { added: ['content/d.md'], changed: ['content/b.md'], removed: ['content/c.md'] } });
    expect(renderDiff([diff!])).toContain('| docs | updated | [aaaaaaa → bbbbbbb]');
    expect(renderDiff([diff!])).toContain('- changed `content/b.md`');
  });

  it('says plainly when nothing changed', () => {
    const both = readSnapshot(lock({ one: OLD, two: NEW }), 'repos.lock');
    expect(renderDiff(diffSnapshots(both, both))).toBe('## Upstream changes\n\nNo upstream changes: all 2 sources are at the same commits.\n');
  });

  it('refuses a file that is neither a report nor a lock, naming it', () => {
    const error = (() => {
      try {
        readSnapshot({ hello: 'world' }, 'notes.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(isUserError(error) && error.diagnostics[0]).toMatchObject({ code: 'lock/invalid', file: 'notes.json' });
  });
});
