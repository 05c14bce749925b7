import { parseArgs } from 'node:util';
import { UserError } from '../../diagnostics/user-error.js';

export interface CheckSiteArgs {
  build: string;
  urls?: string;
  report: string;
  ownSource: string;
  help: boolean;
}

export const CHECK_SITE_USAGE = `Usage: npm run check:site -- [options]

Checks a built site the way readers meet it: bookmarked URLs still resolve, every page made from an
upstream source links "Edit this page" to its upstream file and shows when it was last updated, and every
page has a title no other page has, a meta description and og:image.

Options:
  --build DIR         the built site (default: build)
  --urls FILE         URL paths that must resolve, one per line, to a page or through a redirect
  --report FILE       the sync report the site was built from (default: sync-report.json)
  --own-source ID     the site's own pages, which are not upstream pages (default: site)
  -h, --help          show this help

Exit codes: 0 all checks pass · 1 failures (each listed with its upstream origin) · 2 bad usage or missing input`;

const OPTIONS = {
  build: { type: 'string', default: 'build' },
  urls: { type: 'string' },
  report: { type: 'string', default: 'sync-report.json' },
  'own-source': { type: 'string', default: 'site' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCheckSiteArgs(argv: readonly string[]): CheckSiteArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UserError(
      [{ severity: 'error', code: 'site/usage', message: (error as Error).message, hint: 'Run with --help for all options.' }],
      { cause: error },
    );
  }
  return {
    build: values.build,
    ...(values.urls !== undefined && { urls: values.urls }),
    report: values.report,
    ownSource: values['own-source'],
    help: values.help,
  };
}
