import { parseArgs } from 'node:util';

export const INDEX_ALGOLIA_USAGE = `Usage: npm run index:algolia -- [--build DIR] [--site-url URL] [--dry-run [--out FILE]]

Builds Algolia DocSearch records from the built site and replaces the index with them.
  --build DIR      the built site (default: build)
  --site-url URL   the site's address, for pages without an og:url meta tag (default: https://docs.scs.community)
  --dry-run        write the records to a JSON file instead of sending them
  --out FILE       the file of --dry-run (default: algolia-records.json)

Needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME (not for --dry-run).`;

export interface IndexArgs {
  help: boolean;
  buildDir: string;
  siteUrl: string;
  dryRun: boolean;
  out: string;
}

/** Throws (a TypeError from node:util) on unknown options or missing values. */
export function parseIndexArgs(argv: readonly string[]): IndexArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      build: { type: 'string', default: 'build' },
      'site-url': { type: 'string', default: 'https://docs.scs.community' },
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string', default: 'algolia-records.json' },
    },
  });
  return { help: values.help, buildDir: values.build, siteUrl: values['site-url'], dryRun: values['dry-run'], out: values.out };
}
