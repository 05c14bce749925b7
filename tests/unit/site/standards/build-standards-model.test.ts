import { describe, expect, it } from 'vitest';
import { buildStandardsModel } from '../../../../src/site/standards/build-standards-model.js';
import type { StandardPage, StandardsModel } from '../../../../src/site/standards/model-types.js';
import { readCertificateScope } from '../../../../src/site/standards/read-certificate-scope.js';
import { readStandardDocument } from '../../../../src/site/standards/read-standard-document.js';
import { loadFixtureFiles, NOW } from './fixture-files.js';

function buildFixtureModel(now = NOW): StandardsModel {
  const files = loadFixtureFiles();
  const documents = files.flatMap((file) => (file.to.endsWith('.md') ? [readStandardDocument(file).document ?? []].flat() : []));
  const scopes = files.flatMap((file) => (file.to.endsWith('.yaml') ? [readCertificateScope(file).scope ?? []].flat() : []));
  return buildStandardsModel(documents, scopes, now);
}

function findStandard(model: StandardsModel, id: string): StandardPage {
  const standard = model.tracks.flatMap((track) => track.standards).find((s) => s.id === id);
  if (!standard) throw new Error(`no ${id}`);
  return standard;
}

describe('buildStandardsModel', () => {
  it('orders the tracks as the site does and puts each standard on its track page', () => {
    const model = buildFixtureModel();
    expect(model.tracks.map((track) => [track.name, track.path, track.standards.map((s) => s.path)])).toEqual([
      ['Global', 'standards/global/index.md', ['standards/global/scs-0001.md']],
      ['IaaS', 'standards/iaas/index.md', ['standards/iaas/scs-0100.md']],
      ['KaaS', 'standards/kaas/index.md', ['standards/kaas/scs-0210.md', 'standards/kaas/scs-0211.md']],
      ['Scopes', 'standards/scopes/index.md', ['standards/scopes/scs-0501.md']],
    ]);
  });

  it('computes each version state against the build date, with announced changes', () => {
    const standard = findStandard(buildFixtureModel(), 'scs-0100');
    expect(standard.versions.map((v) => [v.document.version, v.state])).toEqual([
      ['v1', { state: 'deprecated' }],
      ['v2', { state: 'effective', deprecatedFrom: '2030-01-01' }],
      ['v3', { state: 'draft', effectiveFrom: '2030-01-01' }],
    ]);
  });

  it('moves the states along when the build date passes the announced dates', () => {
    const standard = findStandard(buildFixtureModel(new Date('2030-01-01T00:00:00Z')), 'scs-0100');
    expect(standard.versions.map((v) => v.state.state)).toEqual(['deprecated', 'deprecated', 'effective']);
    expect(standard.title).toBe('Widget naming | with colours');
  });

  it('names a standard after its newest effective version', () => {
    const standard = findStandard(buildFixtureModel(), 'scs-0100');
    expect(standard).toMatchObject({
      title: 'Widget naming',
      type: 'Standard',
      description: 'How widgets are named, so that users find the same widget everywhere.',
      lastUpdate: '2025-02-03T10:00:00.000Z',
    });
  });

  it('attaches supplements to their standard with the versions they apply to', () => {
    const [supplement, ...others] = findStandard(buildFixtureModel(), 'scs-0100').supplements;
    expect(others).toEqual([]);
    expect(supplement?.document.version).toBe('w1');
    expect(supplement?.appliesTo.map((version) => version.version)).toEqual(['v2', 'v3']);
    expect(supplement?.state).toBeUndefined();
  });

  it('matches track names regardless of case and keeps rejected documents rejected', () => {
    const standard = findStandard(buildFixtureModel(), 'scs-0210');
    expect(standard.trackId).toBe('kaas');
    expect(standard.versions.map((v) => v.state)).toEqual([{ state: 'rejected' }]);
  });

  it('leaves out documents without a track and keeps templates apart', () => {
    const model = buildFixtureModel();
    expect(model.tracks.flatMap((track) => track.standards.map((s) => s.id))).not.toContain('scs-0300');
    expect(model.templates.map((template) => template.slug)).toEqual(['scs-XXXX-vN-standard-template']);
  });

  it('models certificate scopes: validity per version and the standards each version includes', () => {
    const model = buildFixtureModel();
    const scopes = model.tracks.find((track) => track.name === 'Scopes')!.scopes;
    expect(scopes.map((scope) => scope.path)).toEqual(['standards/scopes/widget-compatible-iaas.md']);
    const [scope] = scopes;
    expect(scope!.versions).toEqual([
      { version: 'next', validity: { code: 'draft' } },
      { version: 'v2', stabilizedAt: '2025-08-01', validity: { code: 'draft', upcoming: { code: 'effective', date: '2025-09-01' } } },
      { version: 'v1', stabilizedAt: '2024-06-01', validity: { code: 'effective', upcoming: { code: 'deprecated', date: '2025-09-01' } } },
    ]);
    expect(scope!.rows.map((row) => [row.module.id, row.document?.slug, row.includedIn])).toEqual([
      ['scs-0100-v2', 'scs-0100-v2-widget-naming', ['v2', 'v1']],
      ['scs-0100-v3', 'scs-0100-v3-widget-naming', ['next']],
      ['scs-0999-v1', undefined, ['v2']],
      ['external-check', undefined, ['v1']],
    ]);
  });

  it('links a scope with the standard that specifies it', () => {
    const model = buildFixtureModel();
    const specification = findStandard(model, 'scs-0501');
    expect(specification.scopes.map((scope) => scope.scope.name)).toEqual(['Widget-compatible IaaS']);
    expect(specification.scopes[0]!.specification).toEqual({ id: 'scs-0501', path: 'standards/scopes/scs-0501.md' });
  });

  it('makes a Scopes track page for scopes even when no document is on that track', () => {
    const files = loadFixtureFiles();
    const scopes = files.flatMap((file) => (file.to.endsWith('.yaml') ? [readCertificateScope(file).scope ?? []].flat() : []));
    const model = buildStandardsModel([], scopes, NOW);
    expect(model.tracks.map((track) => [track.id, track.standards.length, track.scopes.length])).toEqual([['scopes', 0, 1]]);
  });
});
