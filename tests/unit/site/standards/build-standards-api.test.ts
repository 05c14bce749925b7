import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../../src/write/types.js';
import { generateStandardsPages } from '../../../../src/site/standards/standards-generator.js';
import type { StandardsApi } from '../../../../src/site/standards/standards-api-types.js';
import { documentFile, loadFixtureFiles, NOW } from './fixture-files.js';

/** The generator's api/standards.json for these files, as text and parsed. */
function generateApi(files: readonly OutputFile[]): { text: string; api: StandardsApi } {
  const file = generateStandardsPages({ files, now: NOW }).files.find((output) => output.to === 'api/standards.json');
  const text = file!.content.toString('utf8');
  return { text, api: JSON.parse(text) as StandardsApi };
}

describe('api/standards.json', () => {
  const { api } = generateApi(loadFixtureFiles());
  const standard = (id: string) => api.standards.find((entry) => entry.id === id)!;

  it('lists every standard and decision record on a track, with its page; templates and untracked documents are left out as on the pages', () => {
    expect(api.statesAsOf).toBe('2025-06-15');
    expect(api.tracks.map((track) => [track.name, track.url])).toEqual([
      ['Global', '/standards/global/'],
      ['IaaS', '/standards/iaas/'],
      ['KaaS', '/standards/kaas/'],
      ['Scopes', '/standards/scopes/'],
    ]);
    expect(api.standards.map((entry) => [entry.id, entry.track, entry.type, entry.url])).toEqual([
      ['scs-0001', 'Global', 'Procedural', '/standards/global/scs-0001'],
      ['scs-0100', 'IaaS', 'Standard', '/standards/iaas/scs-0100'],
      ['scs-0210', 'KaaS', 'Decision Record', '/standards/kaas/scs-0210'],
      ['scs-0211', 'KaaS', 'Standard', '/standards/kaas/scs-0211'],
      ['scs-0501', 'Scopes', 'Standard', '/standards/scopes/scs-0501'],
    ]);
  });

  it("gives each version its state on the build date, its dates and its own page; the title is the effective version's", () => {
    const naming = standard('scs-0100');
    expect(naming.title).toBe('Widget naming');
    expect(naming.versions.map(({ version, state, status, stabilizedAt, deprecatedAt, url }) => ({ version, state, status, stabilizedAt, deprecatedAt, url }))).toEqual([
      { version: 'v1', state: 'deprecated', status: 'Deprecated', stabilizedAt: '2020-01-01', deprecatedAt: '2021-01-01', url: '/standards/scs-0100-v1-widget-naming' },
      { version: 'v2', state: 'effective', status: 'Stable', stabilizedAt: '2020-06-01', deprecatedAt: '2030-01-01', url: '/standards/scs-0100-v2-widget-naming' },
      { version: 'v3', state: 'draft', status: 'Draft', stabilizedAt: '2030-01-01', deprecatedAt: null, url: '/standards/scs-0100-v3-widget-naming' },
    ]);
    expect(standard('scs-0210').versions[0]!.state).toBe('rejected');
    expect(standard('scs-0211').versions[0]).toMatchObject({ state: 'draft', stabilizedAt: null });
  });

  it('names the versions a supplement applies to', () => {
    expect(standard('scs-0100').supplements).toMatchObject([
      { version: 'w1', document: 'scs-0100-w1-widget-naming-notes', title: 'Widget naming: implementation notes', state: null, appliesTo: ['v2', 'v3'] },
    ]);
  });

  it('names the upstream repository and file of each version', () => {
    expect(standard('scs-0001').versions[0]!.upstream).toMatchObject({
      source: 'standards',
      repo: 'https://example.org/widgets/standards',
      path: 'Standards/scs-0001-v1-making-widgets.md',
      url: null, // a host whose web pages the site does not know
    });
  });

  it('gives each scope version its validity today, the next change, its timeline and the standards it requires', () => {
    expect(api.scopes).toHaveLength(1);
    const [scope] = api.scopes;
    expect(scope).toMatchObject({ id: 'widget-compatible-iaas', name: 'Widget-compatible IaaS', url: '/standards/scopes/widget-compatible-iaas', specification: 'scs-0501' });
    const v2 = scope!.versions.find((version) => version.version === 'v2')!;
    expect(v2).toMatchObject({ stabilizedAt: '2025-08-01', validity: 'draft', upcoming: { date: '2025-09-01', validity: 'effective' } });
    expect(v2.timeline).toEqual([
      { date: '2024-06-01', validity: 'deprecated' },
      { date: '2025-01-01', validity: 'draft' },
      { date: '2025-09-01', validity: 'effective' },
    ]);
    expect(v2.requires).toEqual([
      { module: 'scs-0100-v2', name: 'Widget naming v2', standard: 'scs-0100', version: 'v2', url: '/standards/scs-0100-v2-widget-naming' },
      { module: 'scs-0999-v1', name: 'A standard that never existed', standard: null, version: null, url: null },
    ]);
    expect(scope!.versions.find((version) => version.version === 'v1')).toMatchObject({ validity: 'effective', upcoming: { date: '2025-09-01', validity: 'deprecated' } });
  });
});

describe('api/standards.json with hostile or unusual upstream values', () => {
  const frontMatter = [
    'title: "<script>alert(1)</script> & <img src=x onerror=alert(2)>"',
    'type: Standard',
    'track: IaaS',
    'stabilized_at: 2024-01-01',
    'slug: /moved-here',
    'source:',
    '  id: standards',
    '  repo: https://user:s3cr%40t@github.com/example-org/standards',
    '  path: Standards/scs-0700-v1-odd.md',
    '  commit: 0123456789abcdef0123456789abcdef01234567',
  ].join('\n');
  const { text, api } = generateApi([documentFile('scs-0700-v1-odd.md', frontMatter)]);
  const [version] = api.standards[0]!.versions;

  it('keeps markup as plain text that cannot be read as html anywhere in the file', () => {
    expect(version!.title).toBe('<script>alert(1)</script> & <img src=x onerror=alert(2)>');
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003cscript\\u003e');
  });

  it('publishes repository URLs without credentials, and the file on GitHub at its commit', () => {
    expect(version!.upstream).toEqual({
      source: 'standards',
      repo: 'https://github.com/example-org/standards',
      path: 'Standards/scs-0700-v1-odd.md',
      commit: '0123456789abcdef0123456789abcdef01234567',
      url: 'https://github.com/example-org/standards/blob/0123456789abcdef0123456789abcdef01234567/Standards/scs-0700-v1-odd.md',
    });
    expect(text).not.toContain('s3cr');
  });

  it("follows a document's slug to its page", () => {
    expect(version!.url).toBe('/standards/moved-here');
  });
});
