import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/diagnostics/format.js';
import { generateStage } from '../../../../src/pipeline/generate-stage.js';
import { standardsGenerator } from '../../../../src/site/standards/standards-generator.js';
import { documentFile, loadFixtureFiles, NOW } from './fixture-files.js';

describe('standardsGenerator', () => {
  it('reports what it could not use, located at the upstream file', () => {
    const { diagnostics } = standardsGenerator.generate({ files: loadFixtureFiles(), now: NOW });
    expect(diagnostics.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "standards standards/scs-0211-v1-gadget-storage.md: warning: front matter "stabilized_at" is not a date ("someday"); the standards pages ignore it
        hint: Write the date as YYYY-MM-DD, e.g. stabilized_at: 2024-02-28.",
        "standards standards/scs-0300-v1-untracked.md: warning: the document has no "track" in its front matter, so no track page lists it
        hint: Add e.g. \`track: IaaS\` (Global, IaaS, KaaS, IAM, Ops or Scopes) to the front matter.",
        "standards-certification standards/_certification/broken.yaml: warning: the certificate scope cannot be read: it is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:); the standards pages leave it out
        hint: Check the file against scs-0003 (Sovereign Cloud Standards YAML).",
        "standards-certification standards/_certification/widget-compatible-iaas.yaml: warning: module "scs-0999-v1" links https://docs.example.org/standards/scs-0999-v1-missing, which names no synced standards document
        hint: Point the module url at the page of an existing standard version.",
      ]
    `);
  });

  it('reads the sidebar data it writes: overview, tracks, standards with their documents', () => {
    const { files } = standardsGenerator.generate({ files: loadFixtureFiles(), now: NOW });
    const sidebar = JSON.parse(files.find((file) => file.to === 'standards/_sidebar.json')!.content.toString('utf8'));
    const iaas = sidebar.items.find((item: { label: string }) => item.label === 'IaaS');
    expect(sidebar.items.map((item: { label: string }) => item.label)).toEqual(['Overview', 'Global', 'IaaS', 'KaaS', 'Scopes', 'Templates']);
    expect(iaas).toEqual({
      type: 'category',
      label: 'IaaS',
      link: { type: 'doc', id: 'iaas/index' },
      collapsed: true,
      items: [
        {
          type: 'category',
          label: 'scs-0100: Widget naming',
          link: { type: 'doc', id: 'iaas/scs-0100' },
          collapsed: true,
          items: [
            { type: 'doc', id: 'scs-0100-v1-widget-naming', label: 'v1 (deprecated)' },
            { type: 'doc', id: 'scs-0100-v2-widget-naming', label: 'v2 (effective)' },
            { type: 'doc', id: 'scs-0100-v3-widget-naming', label: 'v3 (draft)' },
            { type: 'doc', id: 'scs-0100-w1-widget-naming-notes', label: 'w1 (supplement)' },
          ],
        },
      ],
    });
  });

  it('generates nothing when there are no standards', () => {
    const other = { to: 'standards/notes.md', content: Buffer.from('# Notes\n'), source: 'standards' };
    expect(standardsGenerator.generate({ files: [other], now: NOW })).toEqual({ files: [], diagnostics: [] });
  });

  it('reads quoted and unquoted dates alike and ignores files of other sources', () => {
    const files = [
      documentFile('scs-0100-v1-a.md', 'title: A\ntrack: IaaS\nstabilized_at: 2020-01-01'),
      documentFile('scs-0100-v2-a.md', 'title: A\ntrack: IaaS\nstabilized_at: "2020-02-01"\ndeprecated_at: "2026-01-01"'),
      { ...documentFile('scs-0200-v1-b.md', 'title: B\ntrack: KaaS'), source: 'somewhere-else' },
    ];
    const { files: generated } = standardsGenerator.generate({ files, now: NOW });
    const page = generated.find((file) => file.to === 'standards/iaas/scs-0100.md')!.content.toString('utf8');
    expect(page).toContain('| Effective (deprecated from 2026-01-01) | 2020-02-01 | 2026-01-01 |');
    expect(generated.map((file) => file.to)).not.toContain('standards/kaas/scs-0200.md');
  });

  it('runs in the sync on the standards sources, and keeps its last pages while one of them is broken', () => {
    const files = [...loadFixtureFiles(), { ...documentFile('scs-0400-v1-elsewhere.md', 'title: Ops thing\ntrack: Ops'), source: 'another-source' }];
    const synced = generateStage([standardsGenerator], files, new Set(), NOW);
    expect(synced.outputs.map((file) => file.to)).toContain('standards/iaas/scs-0100.md');
    expect(synced.outputs.map((file) => file.to)).not.toContain('standards/ops/index.md');
    const broken = generateStage([standardsGenerator], files, new Set(['standards-certification']), NOW);
    expect([...broken.skipped]).toEqual(['standards-pages']);
    expect(broken.outputs).toEqual([]);
  });
});
