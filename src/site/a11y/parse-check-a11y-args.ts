import { parseArgs } from 'node:util';
import { UserError } from '../../diagnostics/user-error.js';

export interface CheckA11yArgs {
  build: string;
  report: string;
  sample: boolean;
  help: boolean;
}

export const CHECK_A11Y_USAGE = `Usage: npm run check:a11y -- [options]

Runs axe-core's WCAG 2.0 and 2.1 A and AA rules on every page of a built site (its sitemap), in the light
and the dark colour scheme, and names for each violation the page, the rule, the elements and, for pages
made from an upstream source, the upstream file. Uses Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

Options:
  --build DIR         the built site (default: build)
  --report FILE       the sync report the site was built from, to name upstream files (default: sync-report.json)
  --sample            only the first page of each page layout, every page outside the docs, and every page
                      that shows a converted construct (tabs, details, admonitions, diagrams)
  -h, --help          show this help

Exit codes: 0 no violations · 1 violations (each listed) · 2 bad usage or missing input`;

const OPTIONS = {
  build: { type: 'string', default: 'build' },
  report: { type: 'string', default: 'sync-report.json' },
  sample: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCheckA11yArgs(argv: readonly string[]): CheckA11yArgs {
  try {
    const { values } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
    return { build: values.build, report: values.report, sample: values.sample, help: values.help };
  } catch (error) {
    throw new UserError(
      [{ severity: 'error', code: 'a11y/usage', message: (error as Error).message, hint: 'Run with --help for all options.' }],
      { cause: error },
    );
  }
}
