/**
 * The fictional site the transform fixtures run in: an operator guide repo imported into two sections and a
 * standards repo. Each fixture's input is the guide's `docs/overview.md` unless its case.json says otherwise.
 */
import type { FileHistory } from '../../../src/fetch/types.js';
import { buildLinkIndex, type LinkIndexEntry } from '../../../src/link-index/build-link-index.js';
import { resolveLink } from '../../../src/link-index/resolve-link.js';
import { createSnapshotPaths } from '../../../src/link-index/snapshot-paths.js';
import { parseRepoUrl } from '../../../src/manifest/repo-url.js';
import type { TransformInput } from '../../../src/transform/types.js';

export const GUIDE_COMMIT = '0123456789abcdef0123456789abcdef01234567';
const STANDARDS_COMMIT = 'fedcba9876543210fedcba9876543210fedcba98';
const guideRepo = parseRepoUrl('https://github.com/example-org/operator-guide');
const standardsRepo = parseRepoUrl('https://github.com/example-org/standards');

export interface FixtureCase {
  /** Upstream path of the input in the guide repo (default docs/overview.md); placed under docs/guide/. */
  from?: string;
  format?: 'md' | 'mdx';
  trusted?: boolean;
  /** `uncommitted` for working-tree files; default: a commit by Ada Author. */
  history?: 'uncommitted';
  /** Convert input and expectation to CRLF line endings before running. */
  crlf?: boolean;
}

const guideFiles: Omit<LinkIndexEntry, 'source' | 'repoKey' | 'refs'>[] = [
  { from: 'docs/setup/quickstart.md', to: 'docs/guide/setup/quickstart.md', kind: 'doc', content: '# Quickstart\n\n## Install the CLI\n\n## Configure access\n' },
  { from: 'docs/setup/README.md', to: 'docs/guide/setup/README.md', kind: 'doc', content: '# Setup\n' },
  { from: 'docs/images/arch.svg', to: 'docs/guide/images/arch.svg', kind: 'asset' },
  { from: 'docs/images/logo.png', to: 'docs/guide/images/logo.png', kind: 'asset' },
];

const snapshot = createSnapshotPaths([
  ...guideFiles.map((f) => f.from),
  'docs/overview.md',
  'docs/usage.md',
  'docs/setup/troubleshooting.md',
  'docs/reference/api.yaml',
  'tools/check.py',
  'tools/lib/util.py',
]);

export function fixtureInput(text: string, options: FixtureCase): TransformInput {
  const from = options.from ?? 'docs/overview.md';
  const to = `docs/guide/${from.replace(/^docs\//, '')}`;
  const guide = { repoKey: guideRepo.key, refs: ['main', GUIDE_COMMIT] };
  const index = buildLinkIndex([
    { source: 'guide', ...guide, from, to, kind: 'doc', content: text },
    ...guideFiles.map((file) => ({ source: 'guide', ...guide, ...file })),
    { source: 'guide-users', ...guide, from: 'docs/usage.md', to: 'user-docs/guide/usage.md', kind: 'doc', content: '# Usage\n\n## Log in\n' },
    { source: 'std', repoKey: standardsRepo.key, refs: ['main', STANDARDS_COMMIT], from: 'Standards/scs-0001-v1-naming.md', to: 'standards/scs-0001-v1-naming.md', kind: 'doc', content: '# Naming\n\n## Motivation\n\n## Decision\n' },
  ]);
  const history: FileHistory = options.history === 'uncommitted' ? { kind: 'uncommitted' } : { kind: 'commit', commit: GUIDE_COMMIT, date: '2024-03-04T05:06:07Z', author: 'Ada Author' };
  return {
    doc: { source: 'guide', from, to, kind: 'doc', format: options.format ?? 'md', content: Buffer.from(text), reason: 'include', history },
    text,
    source: { id: 'guide', repo: guideRepo, commit: GUIDE_COMMIT, branch: 'main', trusted: options.trusted ?? false, paths: snapshot },
    index,
    resolve: resolveLink,
  };
}
