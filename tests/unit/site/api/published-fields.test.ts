/**
 * The field names of /api/standards.json and /api/sources.json are an interface: programs read them. The
 * committed list (schema/api/published-fields.json) must match the schemas exactly, so removing or renaming a
 * field fails here, and adding one means adding it to the list on purpose. The schemas require every field and
 * allow no other, and the files built from the test fixtures must use every listed field and validate.
 */
import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../../../src/site/api/api-files.js';
import { buildSourcesApi } from '../../../../src/site/api/build-sources-api.js';
import { generateStandardsPages } from '../../../../src/site/standards/standards-generator.js';
import { listDataFieldPaths, listLooseObjects, listSchemaFieldPaths, readApiSchema, readPublishedFields, validateApiData } from '../../../helpers/api-schemas.js';
import { documentFile, loadFixtureFiles, NOW } from '../standards/fixture-files.js';

const published = readPublishedFields();

/** The files as the generator and the plugin's builder make them from fixtures that use every field. */
function buildSamples(): Record<(typeof API_NAMES)[number], unknown> {
  const withGithubSource = documentFile(
    'scs-0800-v1-sample.md',
    'title: Sample\ntrack: Ops\nsource:\n  id: standards\n  repo: https://github.com/example-org/standards\n  path: Standards/scs-0800-v1-sample.md\n  commit: 0123456789abcdef0123456789abcdef01234567',
  );
  const standards = generateStandardsPages({ files: [...loadFixtureFiles(), withGithubSource], now: NOW }).files.find((file) => file.to === 'api/standards.json')!;
  const sources = buildSourcesApi(
    {
      version: 1,
      syncedAt: '2026-01-02T03:04:05.000Z',
      durationMs: 1,
      written: { changed: 0, unchanged: 0, removed: 0 },
      problems: [],
      sources: [{ id: 'guide', repo: 'https://github.com/example-org/guide', ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567', status: 'synced', error: null, files: [{ from: 'a.md', to: 'content/docs/a.md', route: '/docs/a' }] }],
    },
    '/',
    () => true,
  );
  return { standards: JSON.parse(standards.content.toString('utf8')), sources };
}

describe.each(API_NAMES)('/api/%s.json', (name) => {
  it('promises exactly the fields its schema declares', () => {
    expect(listSchemaFieldPaths(readApiSchema(name))).toEqual([...published[name]].sort());
  });

  it('requires every field of every object and refuses others', () => {
    expect(listLooseObjects(readApiSchema(name))).toEqual([]);
  });

  it('is written with every promised field, and valid', () => {
    const sample = buildSamples()[name];
    expect(validateApiData(name, sample)).toEqual([]);
    expect(published[name].filter((path) => !listDataFieldPaths(sample).includes(path))).toEqual([]);
  });
});
