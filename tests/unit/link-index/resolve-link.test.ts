import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/diagnostics/format.js';
import { buildLinkIndex } from '../../../src/link-index/build-link-index.js';
import type { LinkContext, LinkRequest, LinkResolution } from '../../../src/link-index/link-types.js';
import { resolveLink } from '../../../src/link-index/resolve-link.js';
import { createSnapshotPaths } from '../../../src/link-index/snapshot-paths.js';
import { parseRepoUrl } from '../../../src/manifest/repo-url.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const guideRepo = parseRepoUrl('https://github.com/example-org/operator-guide');
const standardsRepo = parseRepoUrl('https://github.com/example-org/standards');

const index = buildLinkIndex([
  { source: 'guide', repoKey: guideRepo.key, from: 'docs/overview.md', to: 'docs/guide/overview.md', kind: 'doc', content: '# Overview\n\n## Architecture\n', refs: ['main', COMMIT] },
  { source: 'guide', repoKey: guideRepo.key, from: 'docs/setup/quickstart.md', to: 'docs/guide/setup/quickstart.md', kind: 'doc', content: '# Quickstart\n\n## Install the CLI\n', refs: ['main', COMMIT] },
  { source: 'guide', repoKey: guideRepo.key, from: 'docs/setup/README.md', to: 'docs/guide/setup/README.md', kind: 'doc', content: '# Setup\n', refs: ['main', COMMIT] },
  { source: 'guide', repoKey: guideRepo.key, from: 'docs/images/arch.svg', to: 'docs/guide/images/arch.svg', kind: 'asset', refs: ['main', COMMIT] },
  { source: 'guide-users', repoKey: guideRepo.key, from: 'docs/usage.md', to: 'user-docs/guide/usage.md', kind: 'doc', content: '# Usage\n\n## Log in\n', refs: ['main', COMMIT] },
  { source: 'std', repoKey: standardsRepo.key, from: 'Standards/scs-0001-v1-naming.md', to: 'standards/scs-0001-v1-naming.md', kind: 'doc', content: '# Naming\n\n## Motivation\n', refs: ['main', 'fedcba9876543210fedcba9876543210fedcba98'] },
]);

const context: LinkContext = {
  index,
  source: {
    id: 'guide',
    repo: guideRepo,
    commit: COMMIT,
    branch: 'main',
    paths: createSnapshotPaths(['docs/overview.md', 'docs/setup/quickstart.md', 'docs/setup/README.md', 'docs/images/arch.svg', 'docs/usage.md', 'tools/check.py', 'tools/lib/util.py', 'docs/reference/api.yaml']),
  },
  doc: { from: 'docs/overview.md', to: 'docs/guide/overview.md' },
};

function resolve(url: string, extra: Partial<LinkRequest> = {}, ctx: LinkContext = context): LinkResolution {
  return resolveLink(ctx, { url, kind: 'link', syntax: 'markdown', line: 7, column: 3, ...extra });
}

function urlOf(resolution: LinkResolution): string | undefined {
  return resolution.kind === 'keep' ? undefined : resolution.url;
}

describe('resolveLink', () => {
  it('keeps external, mail and phone links and existing same-page anchors', () => {
    for (const url of ['https://example.org/docs', 'mailto:team@example.org', 'tel:+4930123', '#architecture', '#']) {
      expect(resolve(url)).toEqual({ kind: 'keep' });
    }
  });

  it('links imported docs of the same section by relative file path, keeping query and anchor', () => {
    expect(resolve('setup/quickstart.md#install-the-cli')).toEqual({ kind: 'internal', url: './setup/quickstart.md#install-the-cli' });
    expect(resolve('/docs/images/arch.svg', { kind: 'image' })).toEqual({ kind: 'internal', url: './images/arch.svg' });
    expect(urlOf(resolve('./setup/'))).toBe('./setup/README.md');
  });

  it('links imported docs of another section by route, also when another source imported them', () => {
    expect(resolve('usage.md#log-in')).toEqual({ kind: 'internal', url: '/user-docs/guide/usage#log-in' });
  });

  it('keeps links written as site routes, and checks their anchors as the site build would', () => {
    expect(resolve('/user-docs/guide/usage#log-in')).toEqual({ kind: 'keep' });
    expect(resolve('/user-docs/guide/usage#Log-In')).toEqual({ kind: 'internal', url: '/user-docs/guide/usage#log-in' });
    const missing = resolve('/user-docs/guide/usage#log-out');
    expect(missing).toMatchObject({ kind: 'broken', url: '/user-docs/guide/usage' });
  });

  it('gives definitions of files the path the site serves them at (Docusaurus bundles only inline links and images)', () => {
    expect(urlOf(resolve('images/arch.svg', { syntax: 'reference' }))).toBe('pathname:///docs/guide/images/arch.svg');
    expect(urlOf(resolve('images/arch.svg', { syntax: 'reference', kind: 'image' }))).toBe('/docs/guide/images/arch.svg');
    expect(urlOf(resolve('setup/quickstart.md', { syntax: 'reference' }))).toBe('./setup/quickstart.md');
    expect(urlOf(resolve('usage.md', { syntax: 'reference' }))).toBe('/user-docs/guide/usage');
  });

  it('writes routes for docs and served paths for assets in raw html', () => {
    expect(urlOf(resolve('setup/quickstart.md', { syntax: 'html' }))).toBe('/docs/guide/setup/quickstart');
    expect(urlOf(resolve('images/arch.svg', { syntax: 'html', kind: 'image' }))).toBe('/docs/guide/images/arch.svg');
    expect(urlOf(resolve('images/arch.svg', { syntax: 'html', kind: 'link' }))).toBe('pathname:///docs/guide/images/arch.svg');
  });

  it('points files and folders that are not imported to the upstream commit', () => {
    expect(resolve('../tools/check.py')).toEqual({ kind: 'upstream', url: `https://github.com/example-org/operator-guide/blob/${COMMIT}/tools/check.py` });
    expect(resolve('../tools')).toEqual({ kind: 'upstream', url: `https://github.com/example-org/operator-guide/tree/${COMMIT}/tools` });
    expect(urlOf(resolve('reference/api.yaml', { kind: 'image' }))).toBe(`https://github.com/example-org/operator-guide/raw/${COMMIT}/docs/reference/api.yaml`);
  });

  it('turns GitHub links to imported files at a synced ref into internal links', () => {
    expect(urlOf(resolve('https://github.com/example-org/standards/blob/main/Standards/scs-0001-v1-naming.md#motivation'))).toBe('/standards/scs-0001-v1-naming#motivation');
    expect(urlOf(resolve('https://github.com/Example-Org/operator-guide/blob/HEAD/docs/setup/quickstart.md'))).toBe('./setup/quickstart.md');
    expect(urlOf(resolve(`https://github.com/example-org/operator-guide/tree/${COMMIT.slice(0, 7)}/docs/setup`))).toBe('./setup/README.md');
    expect(resolve('https://github.com/example-org/standards/blob/v0.1/Standards/scs-0001-v1-naming.md')).toEqual({ kind: 'keep' });
    expect(resolve('https://github.com/example-org/standards/blob/main/Tests/README.md')).toEqual({ kind: 'keep' });
  });

  it('fixes the letter case of anchors, as GitHub accepts any', () => {
    expect(urlOf(resolve('setup/quickstart.md#Install-The-CLI'))).toBe('./setup/quickstart.md#install-the-cli');
  });

  it('reports missing targets with the nearest existing file, linking upstream meanwhile', () => {
    const resolution = resolve('../tools/chek.py');
    expect(resolution.kind).toBe('broken');
    expect(urlOf(resolution)).toBe(`https://github.com/example-org/operator-guide/blob/${COMMIT}/tools/chek.py`);
    expect(resolution.kind === 'broken' && formatDiagnostic(resolution.diagnostic)).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/operator-guide @0123456) docs/overview.md:7:3: warning: broken link "../tools/chek.py": "tools/chek.py" does not exist in the repository
        hint: Did you mean "tools/check.py"? Fix the link in the upstream file."
    `);
  });

  it('reports missing anchors with the nearest one and drops the anchor', () => {
    const resolution = resolve('setup/quickstart.md#instal-the-cli');
    expect(urlOf(resolution)).toBe('./setup/quickstart.md');
    expect(resolution.kind === 'broken' && formatDiagnostic(resolution.diagnostic)).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/operator-guide @0123456) docs/overview.md:7:3: warning: broken anchor in "setup/quickstart.md#instal-the-cli": "docs/setup/quickstart.md" has no heading or id with that name
        hint: Did you mean "#install-the-cli"? Fix the anchor in the upstream file."
    `);
    expect(urlOf(resolve('#nowhere'))).toBe('#');
  });

  it('neutralises script URLs but keeps inline raster images', () => {
    const resolution = resolve('javascript:alert(document.cookie)');
    expect(resolution).toMatchObject({ kind: 'unsafe', url: '#' });
    expect(resolution.kind === 'unsafe' && formatDiagnostic(resolution.diagnostic)).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/operator-guide @0123456) docs/overview.md:7:3: warning: unsafe link URL "javascript:alert(document.cookie)" replaced by "#"
        hint: javascript:, vbscript: and data: URLs can run script in readers' browsers; link to a page or an image file instead."
    `);
    expect(resolve('data:image/png;base64,AAAA', { kind: 'image' })).toEqual({ kind: 'keep' });
    expect(resolve('data:image/svg+xml;base64,AAAA', { kind: 'image' }).kind).toBe('unsafe');
    expect(resolve('data:text/html,<script>', { kind: 'link' }).kind).toBe('unsafe');
  });

  it('reports links that leave the repository', () => {
    const resolution = resolve('../../../elsewhere.md');
    expect(resolution.kind === 'broken' && formatDiagnostic(resolution.diagnostic)).toMatchInlineSnapshot(`
      "guide (https://github.com/example-org/operator-guide @0123456) docs/overview.md:7:3: warning: link "../../../elsewhere.md" points outside the repository
        hint: Link to files of other repositories with their full https:// URL."
    `);
  });

  it('reports files that are not imported when the source has no web address', () => {
    const local: LinkContext = { ...context, source: { id: 'site', paths: createSnapshotPaths(['docs/overview.md', 'notes.txt']) } };
    const resolution = resolve('../notes.txt', {}, local);
    expect(resolution.kind === 'broken' && formatDiagnostic(resolution.diagnostic)).toMatchInlineSnapshot(`
      "site docs/overview.md:7:3: warning: link "../notes.txt": "notes.txt" is not part of the site and the source has no web address to link to instead
        hint: Add the file to the source's \`include\` globs in repos.yaml, or give the source a GitHub/GitLab \`repo\` URL."
    `);
  });

  it('without a snapshot file list, links upstream unchecked (tree for URLs ending in a slash)', () => {
    const unchecked: LinkContext = { ...context, source: { ...context.source, paths: undefined } };
    expect(resolve('../nothing.md', {}, unchecked)).toEqual({ kind: 'upstream', url: `https://github.com/example-org/operator-guide/blob/${COMMIT}/nothing.md` });
    expect(resolve('../tools/', {}, unchecked)).toEqual({ kind: 'upstream', url: `https://github.com/example-org/operator-guide/tree/${COMMIT}/tools` });
  });
});
