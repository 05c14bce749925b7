import { join } from 'node:path';
import type { BenchContext } from '../bench-context.js';
import type { DocusaurusPhases } from '../docusaurus-phases.js';
import { formatCostCells } from '../format-table.js';
import { formatBytes, formatDuration, formatRatio } from '../format-units.js';
import { buildOldSite, prepareOldSite } from '../old-site.js';
import { insteadOfEnv } from '../run-git.js';
import { clearSiteCaches } from '../site-build.js';
import { prepareSiteCopy } from '../site-copy.js';
import { computePairedRatio, summarizeSamples } from '../statistics.js';
import { createSyncWorkspace, resetSyncWorkspace } from '../sync-workspace.js';
import type { BenchRow, RunCost, ScenarioResult } from '../types.js';
import { buildOnce } from './full-build.js';

const GOAL_TIME_RATIO = 0.7;
const GOAL_MEMORY_RATIO = 0.8;
const TITLE = 'old site side by side';

/** One whole build of one side: its fetch step (our sync, the old getDocs.js and populate scripts), then the site. */
interface WholeBuild {
  fetch: RunCost;
  site: RunCost;
  phases?: DocusaurusPhases;
  searchIndexMs?: number;
}

interface Sides {
  ours: WholeBuild[];
  old: WholeBuild[];
  faster: WholeBuild[];
}

const SIDE_NAMES = [['ours', 'ours'], ['old', 'old'], ['faster', 'old+Faster']] as const;

/**
 * 10. The old site (SovereignCloudStack/docs from the toolchain samples) built the way it is built today, as it is
 * and with Docusaurus Faster, in turn with our `npm run build` of the same corpus; every build cold.
 */
export async function measureOldSiteSideBySide(context: BenchContext, dialectsDir: string, rounds: number): Promise<ScenarioResult> {
  const mirrors = context.corpus!.baseUrl;
  const workspace = await createSyncWorkspace(context.projectDir, join(context.projectDir, 'repos.yaml'), join(context.workDir, 'ours'));
  const siteDir = await prepareSiteCopy(context.projectDir, join(context.workDir, 'ours-site'));
  context.log('old site: cloning it and installing its package-lock (setup, not measured)');
  const oldSite = await prepareOldSite(dialectsDir, join(context.workDir, 'old-site'), context.env);
  context.log(`old site: Docusaurus ${oldSite.docusaurusVersion}, installed in ${formatDuration(oldSite.installMs)}`);
  const sides: Sides = { ours: [], old: [], faster: [] };
  for (let round = 1; round <= rounds; round++) {
    await resetSyncWorkspace(workspace);
    await clearSiteCaches(siteDir);
    const ours = await buildOnce(workspace, siteDir, insteadOfEnv(mirrors, context.env), join(context.workDir, 'ours-build'));
    sides.ours.push({ fetch: ours.sync, site: ours.site, phases: ours.phases, searchIndexMs: ours.searchIndexMs });
    context.log(`round ${round}: ours ${describeBuild(sides.ours.at(-1)!)}`);
    for (const faster of [false, true]) {
      const old = await buildOldSite(oldSite, mirrors, context.env, faster);
      (faster ? sides.faster : sides.old).push({ fetch: old.populate, site: old.site, phases: old.phases });
      context.log(`round ${round}: old site${faster ? ' with Faster' : ''} ${describeBuild((faster ? sides.faster : sides.old).at(-1)!)}`);
    }
  }
  return {
    id: '10',
    title: TITLE,
    rows: [...costRows(sides, oldSite.docusaurusVersion), ...ratioRows(sides), ...phaseRows(sides)],
    data: { docusaurusVersion: oldSite.docusaurusVersion, installMs: oldSite.installMs, rounds, ...sides },
    notes: [
      `each round builds ours, the old site as it is, then with Faster, all cold; ratios are the medians of the per-round ratios (${rounds} ${rounds === 1 ? 'round' : 'rounds'})`,
      `old site: its own repository and package-lock (Docusaurus ${oldSite.docusaurusVersion}), npm ci in ${formatDuration(oldSite.installMs)} (setup, not measured); Faster: @docusaurus/faster ${oldSite.docusaurusVersion} with future.experimental_faster and future.v4.removeLegacyPostBuildHeadAttribute (which its SSG worker threads need) in a copy of its config`,
      'the old fetch is getDocs.js (git clone --depth 1 of each repo, cp) and populateStds.js, populateClouds.js; the latter asks compliance.sovereignit.cloud for a table: where that is unreachable it fails at once, and the benchmark writes the page from its template with an empty table (without it the old build stops on its sidebar); its sidebar also names releases/Release8, which the release notes in the corpus predate: a title page stands in; the image the sample left out for its size (sources.json: omitted) is a 1-pixel GIF',
      'postBuild: ours builds the Pagefind index there (its own time given), the old site the lunr index of docusaurus-search-local; other plugins run in parallel with them',
    ],
  };
}

function whole(build: WholeBuild): RunCost {
  return { wallMs: build.fetch.wallMs + build.site.wallMs, peakTreeRssBytes: Math.max(build.fetch.peakTreeRssBytes, build.site.peakTreeRssBytes) };
}

function describeBuild(build: WholeBuild): string {
  const total = whole(build);
  return `${formatDuration(total.wallMs)} (fetch ${formatDuration(build.fetch.wallMs)}, site ${formatDuration(build.site.wallMs)}), peak ${formatBytes(total.peakTreeRssBytes)}`;
}

function medianCost(builds: readonly WholeBuild[]): RunCost {
  const totals = builds.map(whole);
  return { wallMs: summarizeSamples(totals.map((t) => t.wallMs)).median, peakTreeRssBytes: summarizeSamples(totals.map((t) => t.peakTreeRssBytes)).median };
}

function costRows(sides: Sides, version: string): BenchRow[] {
  const n = sides.ours.length;
  const row = (scenario: string, what: string, builds: WholeBuild[]): BenchRow => ({ scenario, case: `${what} (median of ${n})`, ...formatCostCells(medianCost(builds)), goal: '', verdict: '' });
  return [
    row(`10 ${TITLE}`, 'ours: npm run build (sync + build:site, Faster), cold', sides.ours),
    row('', `old site as it is: getDocs.js + populate + docusaurus build (Docusaurus ${version}, webpack)`, sides.old),
    row('', 'old site with Docusaurus Faster (Rspack, SWC, SSG worker threads)', sides.faster),
  ];
}

function ratioRows(sides: Sides): BenchRow[] {
  const ratios = (baseline: WholeBuild[]) => ({
    time: computePairedRatio(sides.ours.map((b) => whole(b).wallMs), baseline.map((b) => whole(b).wallMs)),
    memory: computePairedRatio(sides.ours.map((b) => whole(b).peakTreeRssBytes), baseline.map((b) => whole(b).peakTreeRssBytes)),
  });
  const faster = ratios(sides.faster);
  const old = ratios(sides.old);
  const met = faster.time <= GOAL_TIME_RATIO && faster.memory <= GOAL_MEMORY_RATIO;
  return [
    { scenario: '', case: 'ratio ours / old site with Faster', value: `time ${formatRatio(faster.time)}`, memory: `${formatRatio(faster.memory)}`, goal: `time ≤ ${GOAL_TIME_RATIO}×, memory ≤ ${GOAL_MEMORY_RATIO}×`, verdict: met ? 'met' : 'missed' },
    { scenario: '', case: 'ratio ours / old site as it is', value: `time ${formatRatio(old.time)}`, memory: `${formatRatio(old.memory)}`, goal: '', verdict: '' },
  ];
}

/** Median of each phase per side, one row per phase: where each side's time goes. */
function phaseRows(sides: Sides): BenchRow[] {
  const median = (values: number[]) => (values.length === 0 ? undefined : summarizeSamples(values).median);
  const phase = (builds: WholeBuild[], pick: (b: WholeBuild) => number | undefined) => median(builds.map(pick).filter((v): v is number => v !== undefined));
  const other = (b: WholeBuild) => (b.phases ? b.site.wallMs - b.phases.loadSiteMs - b.phases.bundlingMs - b.phases.ssgMs - b.phases.postBuildMs : undefined);
  const lines: [string, (b: WholeBuild) => number | undefined][] = [
    ['fetch: our sync; old: getDocs.js + populate scripts', (b) => b.fetch.wallMs],
    ['load site (config, plugins, every page read)', (b) => b.phases?.loadSiteMs],
    ['bundling (Rspack with Faster, else webpack)', (b) => b.phases?.bundlingMs],
    ['static rendering (SSG)', (b) => b.phases?.ssgMs],
    ['postBuild (search index, sitemap, redirects …)', (b) => b.phases?.postBuildMs],
    ['  of which our Pagefind index', (b) => b.searchIndexMs],
    ['rest of the site build (start-up, broken links, writing)', other],
  ];
  return lines.map(([what, pick], i) => {
    const cells = SIDE_NAMES.map(([side, name]) => {
      const value = phase(sides[side], pick);
      return `${name} ${value === undefined ? '–' : formatDuration(value)}`;
    });
    return { scenario: '', case: `${i === 0 ? 'where the time goes: ' : '  '}${what}`, value: cells.join(' · '), memory: '', goal: '', verdict: '' };
  });
}
