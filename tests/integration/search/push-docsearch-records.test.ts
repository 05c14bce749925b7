import { algoliasearch } from 'algoliasearch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocSearchRecords } from '../../../src/site/search/algolia/build-docsearch-records.js';
import type { DocSearchRecord } from '../../../src/site/search/algolia/docsearch-record.js';
import { BATCH_SIZE, pushDocSearchRecords } from '../../../src/site/search/algolia/push-docsearch-records.js';
import { readFixturePage } from '../../unit/search/fixture-pages.js';
import { startAlgoliaStub, type AlgoliaStub } from './algolia-stub.js';

let stub: AlgoliaStub;
beforeEach(async () => {
  stub = await startAlgoliaStub();
});
afterEach(() => stub.close());

function createClient() {
  return algoliasearch('TESTAPP', 'admin-key', { hosts: [{ url: `127.0.0.1:${stub.port}`, protocol: 'http', accept: 'readWrite' }] });
}

/** Many records: the fixture page's, repeated with other ids, so that they need more than one batch. */
function manyRecords(count: number): DocSearchRecord[] {
  const page = buildDocSearchRecords(readFixturePage('docs/lakes/ice-fishing/index.html'), 'https://x.example/');
  return Array.from({ length: count }, (_, i) => ({ ...page[i % page.length]!, objectID: `record-${i}` }));
}

const writes = () => stub.requests.filter((r) => r.method !== 'GET');

describe('pushDocSearchRecords (against a local Algolia stand-in)', () => {
  it('writes the DocSearch settings, then replaces the index through a temporary copy', async () => {
    const records = manyRecords(BATCH_SIZE + 20);
    const result = await pushDocSearchRecords(createClient(), 'scs-docs', records);

    expect(result).toEqual({ records: BATCH_SIZE + 20, batches: 2 });
    const sent = writes();
    const tmp = (sent.find((r) => r.path.endsWith('/batch'))!.path.split('/')[3])!;
    expect(tmp).toMatch(/^scs-docs_tmp_\d+$/);
    expect(sent.map((r) => `${r.method} ${r.path.replace(tmp, '<tmp>')}`)).toEqual([
      'PUT /1/indexes/scs-docs/settings',
      'POST /1/indexes/scs-docs/operation',
      'POST /1/indexes/<tmp>/batch',
      'POST /1/indexes/<tmp>/batch',
      'POST /1/indexes/scs-docs/operation',
      'POST /1/indexes/<tmp>/operation',
    ]);
  });

  it('sends the facets and ranking contextual search and the source filter need', async () => {
    await pushDocSearchRecords(createClient(), 'scs-docs', manyRecords(3));
    const settings = writes()[0]!.body as Record<string, unknown>;
    expect(settings.attributesForFaceting).toEqual(['language', 'docusaurus_tag', 'type', 'source']);
    expect(settings.searchableAttributes).toEqual([
      'unordered(hierarchy.lvl0)',
      'unordered(hierarchy.lvl1)',
      'unordered(hierarchy.lvl2)',
      'unordered(hierarchy.lvl3)',
      'unordered(hierarchy.lvl4)',
      'unordered(hierarchy.lvl5)',
      'unordered(hierarchy.lvl6)',
      'content',
    ]);
    expect(settings).toMatchObject({ distinct: true, attributeForDistinct: 'url' });
  });

  it('sends every record once, whole, and moves the temporary index over the live one', async () => {
    const records = manyRecords(BATCH_SIZE + 5);
    await pushDocSearchRecords(createClient(), 'scs-docs', records);
    const batches = writes().filter((r) => r.path.endsWith('/batch'));
    const sentRecords = batches.flatMap((b) => (b.body as { requests: { action: string; body: DocSearchRecord }[] }).requests);
    expect(sentRecords.every((r) => r.action === 'addObject')).toBe(true);
    expect(sentRecords.map((r) => r.body)).toEqual(records);

    const [copy, , move] = writes().filter((r) => r.path.endsWith('/operation')).map((r) => r.body);
    expect(copy).toMatchObject({ operation: 'copy', scope: ['settings', 'rules', 'synonyms'] });
    expect(move).toEqual({ operation: 'move', destination: 'scs-docs' });
  });

  it('authenticates with the admin key given to the client', async () => {
    await pushDocSearchRecords(createClient(), 'scs-docs', manyRecords(1));
    expect(stub.requests[0]!.headers).toMatchObject({ 'x-algolia-application-id': 'TESTAPP', 'x-algolia-api-key': 'admin-key' });
  });
});
