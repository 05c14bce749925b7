/**
 * The thin edge to Algolia: writes the DocSearch settings, then replaces every record of the index in
 * one atomic move (records go to a temporary index that takes the settings along and then replaces the
 * live one, so readers never search a half-written index).
 */
import type { Algoliasearch } from 'algoliasearch';
import type { DocSearchRecord } from './docsearch-record.js';
import { DOCSEARCH_INDEX_SETTINGS } from './docsearch-settings.js';

/** Records per batch request (well under Algolia's request size limit for records of a few KB). */
export const BATCH_SIZE = 500;

export interface PushResult {
  records: number;
  batches: number;
}

export async function pushDocSearchRecords(client: Algoliasearch, indexName: string, records: DocSearchRecord[]): Promise<PushResult> {
  const settings = await client.setSettings({
    indexName,
    indexSettings: DOCSEARCH_INDEX_SETTINGS,
  });
  await client.waitForTask({ indexName, taskID: settings.taskID });
  const { batchResponses } = await client.replaceAllObjects({
    indexName,
    objects: records as unknown as Record<string, unknown>[], // the client's type for any JSON record
    batchSize: BATCH_SIZE,
  });
  return { records: records.length, batches: batchResponses.length };
}
