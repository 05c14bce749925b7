import { stripVTControlCharacters } from 'node:util';

/** Where a `docusaurus build` spent its time, in milliseconds, from its perf log (`DOCUSAURUS_PERF_LOGGER=true`). */
export interface DocusaurusPhases {
  /** Loading the site: config, plugins' content (reading and parsing every page's front matter), routes. */
  loadSiteMs: number;
  /** The bundler (webpack, or Rspack with Faster): compiling every page's MDX and the theme, client and server. */
  bundlingMs: number;
  /** Static rendering: every route rendered to HTML. */
  ssgMs: number;
  /** The plugins' postBuild hooks, where the search index is built (run in parallel with each other). */
  postBuildMs: number;
  brokenLinksMs: number;
}

/** The environment switch that makes Docusaurus print its perf log. */
export const PERF_LOGGER_ENV = { DOCUSAURUS_PERF_LOGGER: 'true' } as const;

const PHASE_LABELS: Record<keyof DocusaurusPhases, RegExp> = {
  loadSiteMs: /^Load site$/,
  bundlingMs: /^Bundling with \w+$/,
  ssgMs: /^SSG$/,
  postBuildMs: /^postBuild\(\)$/,
  brokenLinksMs: /^Broken links checker$/,
};

/**
 * The top-level phases of one locale's build, from perf log lines such as
 * `[PERF] Build > en > Bundling with Rspack - 12.34 seconds! - (Heap …)`; undefined when the output has none
 * (the perf logger was off, or the build stopped before static rendering).
 */
export function parseDocusaurusPhases(output: string): DocusaurusPhases | undefined {
  const phases: DocusaurusPhases = { loadSiteMs: 0, bundlingMs: 0, ssgMs: 0, postBuildMs: 0, brokenLinksMs: 0 };
  let found = false;
  for (const line of stripVTControlCharacters(output).split('\n')) {
    const match = /^\[PERF\] Build > [^>]+ > (.+?) - ([\d.]+) (seconds!|ms)/.exec(line.trim());
    if (!match) continue;
    const [, label, amount, unit] = match;
    const phase = (Object.keys(PHASE_LABELS) as (keyof DocusaurusPhases)[]).find((key) => PHASE_LABELS[key].test(label!));
    if (!phase) continue;
    phases[phase] += Number(amount) * (unit === 'ms' ? 1 : 1000);
    found = true;
  }
  return found && phases.ssgMs > 0 ? phases : undefined;
}

/** Our local search's own line (src/site/search/pagefind-plugin.ts): `search: indexed N pages … in X s`. */
export function parseSearchIndexMs(output: string): number | undefined {
  const match = /search: indexed \d+ pages .*? in ([\d.]+) s/.exec(stripVTControlCharacters(output));
  return match ? Number(match[1]) * 1000 : undefined;
}
