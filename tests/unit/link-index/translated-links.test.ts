import { describe, expect, it } from 'vitest';
import { buildLinkIndex, type LinkIndexEntry } from '../../../src/link-index/build-link-index.js';
import type { LinkContext, LinkResolution } from '../../../src/link-index/link-types.js';
import { resolveLink } from '../../../src/link-index/resolve-link.js';
import { createSnapshotPaths } from '../../../src/link-index/snapshot-paths.js';
import { localizedSitePath, siteLocation } from '../../../src/manifest/translations.js';
import { parseRepoUrl } from '../../../src/manifest/repo-url.js';

const repo = parseRepoUrl('https://github.com/example-org/guide');
const GERMAN = 'i18n/de/docusaurus-plugin-content-docs/current/guide';

function doc(from: string, to: string, content: string, englishTo?: string): LinkIndexEntry {
  return { source: 'guide', repoKey: repo.key, from, to, kind: 'doc', content, ...(englishTo ? { translation: { locale: 'de', englishTo } } : {}) };
}

const index = buildLinkIndex([
  doc('docs/a.md', 'docs/guide/a.md', '# A\n\n## Setup\n'),
  doc('docs/a.de.md', `${GERMAN}/a.md`, '# A\n\n## Einrichtung\n', 'docs/guide/a.md'),
  doc('docs/b.md', 'docs/guide/b.md', '# B\n\n## Details\n'),
  doc('docs/usage.md', 'user-docs/guide/usage.md', '# Usage\n'),
  doc('docs/usage.de.md', 'i18n/de/docusaurus-plugin-content-docs-user-docs/current/guide/usage.md', '# Nutzung\n', 'user-docs/guide/usage.md'),
  { source: 'guide', repoKey: repo.key, from: 'docs/plan.svg', to: 'docs/guide/plan.svg', kind: 'asset' },
]);
const paths = createSnapshotPaths(['docs/a.md', 'docs/a.de.md', 'docs/b.md', 'docs/usage.md', 'docs/usage.de.md', 'docs/plan.svg']);

function resolveFrom(doc: LinkContext['doc'], url: string, kind: 'link' | 'image' = 'link'): LinkResolution {
  return resolveLink({ index, source: { id: 'guide', repo, branch: 'main', paths }, doc }, { url, kind, syntax: 'markdown', line: 3, column: 1 });
}

const german = { from: 'docs/a.de.md', to: `${GERMAN}/a.md`, translation: { locale: 'de', englishFrom: 'docs/a.md' } };
/** A translation of b.md that the index does not know (the links of a page do not depend on its own entry). */
const germanB = { from: 'docs/b.de.md', to: `${GERMAN}/b.md`, translation: { locale: 'de', englishFrom: 'docs/b.md' } };
const english = { from: 'docs/b.md', to: 'docs/guide/b.md' };

describe('links of a translated page', () => {
  it('reads localized site paths back to their language, section and English page', () => {
    expect(localizedSitePath('docs/guide/a.md', 'de')).toBe(`${GERMAN}/a.md`);
    expect(localizedSitePath('user-docs/x.md', 'de')).toBe('i18n/de/docusaurus-plugin-content-docs-user-docs/current/x.md');
    expect(siteLocation('i18n/de/docusaurus-plugin-content-docs-user-docs/current/x.md')).toEqual({ locale: 'de', section: 'user-docs', englishTo: 'user-docs/x.md' });
    expect(siteLocation('docs/guide/a.md')).toEqual({ section: 'docs', englishTo: 'docs/guide/a.md' });
  });

  it('go to the translated page when there is one, else to the English page', () => {
    expect(resolveFrom(germanB, 'a.md#einrichtung')).toEqual({ kind: 'internal', url: './a.md#einrichtung' });
    expect(resolveFrom(german, 'b.md#details')).toEqual({ kind: 'internal', url: '../../../../../docs/guide/b.md#details' });
    // a translated file named directly is the same page
    expect(resolveFrom(germanB, 'a.de.md')).toEqual({ kind: 'internal', url: './a.md' });
    // other sections by route, which Docusaurus serves under the language's prefix
    expect(resolveFrom(german, 'usage.md')).toEqual({ kind: 'internal', url: '/user-docs/guide/usage' });
  });

  it('check anchors against the page linked: the translation’s headings, not the English page’s', () => {
    const missing = resolveFrom(germanB, 'a.md#setup');
    expect(missing).toMatchObject({ kind: 'broken', url: './a.md', diagnostic: { code: 'link/missing-anchor', file: 'docs/b.de.md' } });
    expect(resolveFrom(german, '#einrichtung')).toEqual({ kind: 'keep' });
    expect(resolveFrom(german, 'a.md#einrichtung')).toEqual({ kind: 'internal', url: '#einrichtung' });
    expect(resolveFrom(german, '/docs/guide/a#einrichtung')).toEqual({ kind: 'keep' });
  });

  it('share the English pages’ images', () => {
    expect(resolveFrom(german, 'plan.svg', 'image')).toEqual({ kind: 'internal', url: '../../../../../docs/guide/plan.svg' });
  });

  it('leave English pages linking English pages, also when they name a translated file', () => {
    expect(resolveFrom(english, 'a.md#setup')).toEqual({ kind: 'internal', url: './a.md#setup' });
    expect(resolveFrom(english, 'a.de.md')).toEqual({ kind: 'internal', url: './a.md' });
  });
});
