/**
 * `npm run index:algolia`: the built site's doc pages → DocSearch records → the Algolia index (or a JSON
 * file with --dry-run). Exit codes: 0 done, 1 nothing to index or Algolia refused, 2 bad usage or settings.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { algoliasearch } from 'algoliasearch';
import { ALGOLIA_ADMIN_KEY_ENV, ALGOLIA_ENV } from '../search-config.js';
import { collectDocSearchRecords } from './collect-docsearch-records.js';
import { INDEX_ALGOLIA_USAGE, parseIndexArgs, type IndexArgs } from './parse-index-args.js';
import { pushDocSearchRecords } from './push-docsearch-records.js';

export interface IndexIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

/** The names the push needs; the search-only key of the site is not enough to write. */
const WRITE_SETTINGS = [ALGOLIA_ENV.appId, ALGOLIA_ADMIN_KEY_ENV, ALGOLIA_ENV.indexName] as const;

function readWriteSettings(env: NodeJS.ProcessEnv): { appId: string; adminKey: string; indexName: string } | string[] {
  const [appId, adminKey, indexName] = WRITE_SETTINGS.map((name) => env[name]?.trim() ?? '');
  if (appId && adminKey && indexName) return { appId, adminKey, indexName };
  return WRITE_SETTINGS.filter((name) => !env[name]?.trim());
}

export async function runIndexAlgolia(argv: readonly string[], io: IndexIo): Promise<number> {
  let args: IndexArgs;
  try {
    args = parseIndexArgs(argv);
  } catch (error) {
    io.stderr.write(`index:algolia: ${error instanceof Error ? error.message : String(error)}\n\n${INDEX_ALGOLIA_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${INDEX_ALGOLIA_USAGE}\n`);
    return 0;
  }
  const settings = args.dryRun ? undefined : readWriteSettings(io.env);
  if (Array.isArray(settings)) {
    io.stderr.write(`index:algolia: set ${settings.join(', ')} (or use --dry-run to write the records to a file)\n`);
    return 2;
  }
  const buildDir = resolve(io.cwd, args.buildDir);
  const { records, pageCount } = await collectDocSearchRecords(buildDir, args.siteUrl);
  if (records.length === 0) {
    io.stderr.write(`index:algolia: no doc pages in ${args.buildDir}; build the site first (npm run build)\n`);
    return 1;
  }
  if (!settings) {
    await writeFile(resolve(io.cwd, args.out), `${JSON.stringify(records, null, 2)}\n`);
    io.stdout.write(`index:algolia: ${records.length} records from ${pageCount} pages written to ${args.out} (dry run)\n`);
    return 0;
  }
  const client = algoliasearch(settings.appId, settings.adminKey);
  const pushed = await pushDocSearchRecords(client, settings.indexName, records);
  io.stdout.write(`index:algolia: replaced index ${settings.indexName} with ${pushed.records} records from ${pageCount} pages (${pushed.batches} batches)\n`);
  return 0;
}
