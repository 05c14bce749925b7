import { describe, expect, it } from 'vitest';
import type { CollectedFile } from '../../../src/collect/types.js';
import { createAnswerDigest } from '../../../src/link-index/answer-lookups.js';
import { buildLinkIndex, type LinkIndexEntry } from '../../../src/link-index/build-link-index.js';
import { createSnapshotPaths } from '../../../src/link-index/snapshot-paths.js';
import { parseRepoUrl } from '../../../src/manifest/repo-url.js';
import { transformRecordingLookups } from '../../../src/transform/transform-recording-lookups.js';
import type { TransformSource } from '../../../src/transform/types.js';

const GUIDE_COMMIT = '0123456789abcdef0123456789abcdef01234567';
const STD_COMMIT = 'fedcba9876543210fedcba9876543210fedcba98';
const NEXT_STD_COMMIT = '1111111111111111111111111111111111111111';
const guideRepo = parseRepoUrl('https://github.com/example-org/guide');
const stdRepo = parseRepoUrl('https://github.com/example-org/standards');
const STD = 'https://github.com/example-org/standards/blob';

/** A site of two sources: the guide (whose doc is transformed) and the standards. */
interface Site {
  stdCommit: string;
  stdPages: Record<string, string>;
  guidePaths: string[];
  /** Pages of other sources, e.g. one that takes a route. */
  extra?: LinkIndexEntry[];
}

const BASE: Site = {
  stdCommit: STD_COMMIT,
  stdPages: { 'Standards/naming.md': '# Naming\n\n## Decision\n', 'Standards/flavors.md': '# Flavors\n' },
  guidePaths: ['docs/overview.md', 'tools/check.py'],
};

function build(site: Site) {
  const guide: TransformSource = { id: 'guide', repo: guideRepo, commit: GUIDE_COMMIT, branch: 'main', trusted: false, paths: createSnapshotPaths(site.guidePaths) };
  const std: TransformSource = { id: 'std', repo: stdRepo, commit: site.stdCommit, branch: 'main', trusted: false, paths: createSnapshotPaths(Object.keys(site.stdPages)) };
  const index = (text: string) =>
    buildLinkIndex([
      { source: 'guide', repoKey: guideRepo.key, refs: ['main', GUIDE_COMMIT], from: 'docs/overview.md', to: 'docs/guide/overview.md', kind: 'doc', content: text },
      ...Object.entries(site.stdPages).map(([from, content]): LinkIndexEntry => ({ source: 'std', repoKey: stdRepo.key, refs: ['main', site.stdCommit], from, to: `standards/${from.slice('Standards/'.length)}`, kind: 'doc', content })),
      ...(site.extra ?? []),
    ]);
  const sources = new Map([
    ['guide', guide],
    ['std', std],
  ]);
  const snapshotPaths = new Map([
    ['guide', site.guidePaths],
    ['std', Object.keys(site.stdPages)],
  ]);
  return { guide, index, sources, snapshotPaths };
}

/** Transforms the guide's overview in `site`: its output and the digest of its lookups' answers there. */
function transformIn(site: Site, text: string, lookups?: readonly string[]) {
  const { guide, index, sources, snapshotPaths } = build(site);
  const doc: CollectedFile = { source: 'guide', from: 'docs/overview.md', to: 'docs/guide/overview.md', kind: 'doc', format: 'md', content: Buffer.from(text), reason: 'include' };
  const siteIndex = index(text);
  const asked = new Set<string>();
  const result = transformRecordingLookups(doc, text, guide, siteIndex, asked);
  const digest = createAnswerDigest({ index: siteIndex, sources, snapshotPaths });
  return { result, lookups: [...asked], digest: digest(lookups ?? [...asked]) };
}

/** Whether the doc, transformed in `before`, would be taken from the cache in `after`; and whether its output changed. */
function afterChange(text: string, before: Site, after: Site) {
  const first = transformIn(before, text);
  const second = transformIn(after, text, first.lookups);
  return { reused: second.digest === first.digest, outputChanged: JSON.stringify(transformIn(after, text).result) !== JSON.stringify(first.result) };
}

describe('the answers to what a doc looked up', () => {
  it('stay the same when another source moves to a new commit and the linked page keeps its anchors', () => {
    const text = `# Overview\n\nSee [the decision](${STD}/main/Standards/naming.md#decision).\n`;
    expect(afterChange(text, BASE, { ...BASE, stdCommit: NEXT_STD_COMMIT, stdPages: { ...BASE.stdPages, 'Standards/flavors.md': '# Flavors\n\nMore.\n' } })).toEqual({ reused: true, outputChanged: false });
  });

  it('change when the linked page loses the anchor', () => {
    const text = `# Overview\n\nSee [the decision](${STD}/main/Standards/naming.md#decision).\n`;
    expect(afterChange(text, BASE, { ...BASE, stdPages: { ...BASE.stdPages, 'Standards/naming.md': '# Naming\n\n## Outcome\n' } })).toEqual({ reused: false, outputChanged: true });
  });

  it('change when the linked page is deleted', () => {
    const text = `# Overview\n\nSee [flavors](${STD}/main/Standards/flavors.md).\n`;
    expect(afterChange(text, BASE, { ...BASE, stdPages: { 'Standards/naming.md': BASE.stdPages['Standards/naming.md']! } })).toEqual({ reused: false, outputChanged: true });
  });

  it('change when a link names the commit the site stops showing', () => {
    const text = `# Overview\n\nSee [flavors](${STD}/${STD_COMMIT.slice(0, 10)}/Standards/flavors.md).\n`;
    expect(afterChange(text, BASE, { ...BASE, stdCommit: NEXT_STD_COMMIT })).toEqual({ reused: false, outputChanged: true });
  });

  it('stay the same when a link names an older commit the site showed neither before nor after', () => {
    const text = `# Overview\n\nSee [the decision](${STD}/abcdef0123/Standards/naming.md).\n`;
    expect(afterChange(text, BASE, { ...BASE, stdCommit: NEXT_STD_COMMIT })).toEqual({ reused: true, outputChanged: false });
  });

  it('change when a path of the repository a link names appears', () => {
    const text = '# Overview\n\nRun [the script](../tools/setup.py).\n';
    expect(afterChange(text, BASE, { ...BASE, guidePaths: [...BASE.guidePaths, 'tools/setup.py'] })).toEqual({ reused: false, outputChanged: true });
  });

  it('stay the same when a path no link names appears', () => {
    const text = '# Overview\n\nRun [the check](../tools/check.py).\n';
    expect(afterChange(text, BASE, { ...BASE, guidePaths: [...BASE.guidePaths, 'tools/other.py'] })).toEqual({ reused: true, outputChanged: false });
  });

  it('change when "did you mean" could suggest another path', () => {
    const text = '# Overview\n\nRun [the check](../tools/chek.py).\n';
    expect(afterChange(text, BASE, { ...BASE, guidePaths: ['docs/overview.md', 'tools/chek.sh'] })).toEqual({ reused: false, outputChanged: true });
  });

  it("change when another page takes the route the doc's slug asks for", () => {
    const text = '---\nslug: /start\n---\n# Overview\n';
    const takes: LinkIndexEntry = { source: 'other', repoKey: 'local:other', from: 'start.md', to: 'docs/start.md', kind: 'doc', content: '# Start\n' };
    expect(afterChange(text, BASE, { ...BASE, extra: [takes] })).toEqual({ reused: false, outputChanged: true });
  });

});
