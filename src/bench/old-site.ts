import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocusaurusPhases, PERF_LOGGER_ENV, type DocusaurusPhases } from './docusaurus-phases.js';
import { runMeasuredOrThrow } from './measure-command.js';
import { insteadOfEnv } from './run-git.js';
import type { RunCost } from './types.js';

const run = promisify(execFile);

/** The old site's repository in the toolchain samples (../shared/dialects). */
const OLD_SITE_REPO = 'SovereignCloudStack/docs';
/** Written beside the old site's own config, which stays as it is; kept when the checkout is reset. */
const FASTER_CONFIG = 'docusaurus.faster.config.js';
/** Its build scripts as its package.json's postinstall runs them: fetch the upstream docs, then fill in pages. */
const POPULATE_SCRIPTS = ['getDocs.js', 'populateStds.js', 'populateClouds.js'];
/**
 * populateClouds.js fills the certified clouds' table into this page from compliance.sovereignit.cloud; where that
 * cannot be reached it writes nothing, and the build stops on the sidebar entry of the missing page.
 */
const CLOUDS_PAGE = { template: 'standards/certification/overview.template.md', page: 'standards/certification/overview.md', placeholder: '<!--CLOUDS-->' };
/**
 * Pages the old site's sidebars name that the corpus snapshot predates (its release-notes end at Release 7);
 * without them the build stops on the sidebar. Each is written, only when missing, as a title page.
 */
const SNAPSHOT_GAPS = [{ page: 'docs/06-releases/Release8.md', title: 'Release 8' }];
/** A 1×1 GIF for the images the sample left out (too large): Docusaurus 3.9 stops on a page whose image is missing. */
const STAND_IN_IMAGE = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=', 'base64');
const KEEP_BUILD_OUTPUT_CHARS = 4_000_000;
const NPM_OUTPUT_BYTES = 64 * 1024 * 1024;

/** A checkout of the old site with its dependencies installed, ready to be built as it is or with Faster. */
export interface OldSite {
  dir: string;
  /** Files the sample left out, which a stand-in replaces before every build. */
  omittedPaths: string[];
  docusaurusVersion: string;
  /** Seconds the two installs took (setup, not measured as part of a build). */
  installMs: number;
}

export interface OldSiteBuild {
  /** getDocs.js and the populate scripts: the old site's counterpart of our sync. */
  populate: RunCost;
  /** docusaurus build. */
  site: RunCost;
  phases?: DocusaurusPhases;
}

interface SampleSource {
  repo: string;
  bundle: string;
  /** Files left out of the sample (too large); the old site's pages still link them. */
  omitted?: { paths: string[] };
}

/**
 * Clones the old site from its bundle in the toolchain samples and installs it from its own package-lock
 * (`npm ci`, scripts off: its postinstall is the measured part), then adds `@docusaurus/faster` at the locked
 * Docusaurus version and a config copy that switches it on. npm's cache makes the install fast the second time.
 */
export async function prepareOldSite(dialectsDir: string, dir: string, env: NodeJS.ProcessEnv): Promise<OldSite> {
  const sources = JSON.parse(await readFile(join(dialectsDir, 'sources.json'), 'utf8')) as SampleSource[];
  const source = sources.find((s) => s.repo === OLD_SITE_REPO);
  if (!source) throw new Error(`${join(dialectsDir, 'sources.json')} has no ${OLD_SITE_REPO}: the old site cannot be built`);
  await run('git', ['clone', '--quiet', join(dialectsDir, source.bundle), dir], { env });
  const started = performance.now();
  await runNpm(dir, env, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], "the old site's npm ci (from its package-lock.json)");
  const docusaurusVersion = await readLockedVersion(dir, '@docusaurus/core');
  await runNpm(dir, env, ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', `@docusaurus/faster@${docusaurusVersion}`], `npm install @docusaurus/faster@${docusaurusVersion}`);
  await writeFile(join(dir, FASTER_CONFIG), fasterConfig());
  return { dir, omittedPaths: source.omitted?.paths ?? [], docusaurusVersion, installMs: performance.now() - started };
}

async function runNpm(dir: string, env: NodeJS.ProcessEnv, args: string[], what: string): Promise<void> {
  try {
    await run('npm', args, { cwd: dir, env, maxBuffer: NPM_OUTPUT_BYTES });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    const tail = (stderr || stdout || String(error)).trim().split('\n').slice(-15).join('\n');
    throw new Error(`${what} failed; is every package its lock pins on the registry?\n${tail}`, { cause: error });
  }
}

async function readLockedVersion(dir: string, name: string): Promise<string> {
  const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { version?: string }> };
  const version = lock.packages?.[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`the old site's package-lock.json pins no ${name}`);
  return version;
}

/**
 * The old config with Docusaurus Faster on (Rspack, SWC, Lightning CSS, SSG worker threads). Its worker threads
 * need the v4 flag `removeLegacyPostBuildHeadAttribute`; the other v4 flags change the site and stay off.
 */
function fasterConfig(): string {
  return [
    "import config from './docusaurus.config.js'",
    '',
    'export default {',
    '  ...config,',
    '  future: { ...config.future, experimental_faster: true, v4: { removeLegacyPostBuildHeadAttribute: true } }',
    '}',
    '',
  ].join('\n');
}

/**
 * One cold build of the old site the way it is built today: the checkout reset to its commit (no fetched docs,
 * no `.docusaurus`, no bundler cache), its populate scripts with GitHub redirected to `mirrorsBaseUrl`,
 * then `docusaurus build`, as it is or with Faster.
 */
export async function buildOldSite(site: OldSite, mirrorsBaseUrl: string, env: NodeJS.ProcessEnv, faster: boolean): Promise<OldSiteBuild> {
  await resetCheckout(site.dir);
  const scriptEnv = insteadOfEnv(mirrorsBaseUrl, { ...env, CI: 'true' });
  const scripts: RunCost[] = [];
  for (const script of POPULATE_SCRIPTS) {
    scripts.push(await runMeasuredOrThrow({ command: process.execPath, args: [script], cwd: site.dir, env: scriptEnv }, `the old site's ${script}`));
  }
  await writeMissingCloudsPage(site.dir);
  await writeSnapshotGaps(site.dir);
  for (const path of site.omittedPaths) await writeFile(join(site.dir, path), STAND_IN_IMAGE);
  const cli = join(site.dir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const build = await runMeasuredOrThrow(
    {
      command: process.execPath,
      args: [cli, 'build', ...(faster ? ['--config', FASTER_CONFIG] : [])],
      cwd: site.dir,
      env: { ...env, ...PERF_LOGGER_ENV, CI: 'true' },
      keepOutputChars: KEEP_BUILD_OUTPUT_CHARS,
    },
    `the old site's docusaurus build${faster ? ' with Faster' : ''}`,
  );
  return {
    populate: { wallMs: sum(scripts.map((s) => s.wallMs)), peakTreeRssBytes: Math.max(...scripts.map((s) => s.peakTreeRssBytes)) },
    site: { wallMs: build.wallMs, peakTreeRssBytes: build.peakTreeRssBytes },
    phases: parseDocusaurusPhases(build.output),
  };
}

/** Offline, the clouds page as populateClouds.js would write it from an empty answer. */
async function writeMissingCloudsPage(dir: string): Promise<void> {
  if (existsSync(join(dir, CLOUDS_PAGE.page))) return;
  const template = await readFile(join(dir, CLOUDS_PAGE.template), 'utf8');
  await writeFile(join(dir, CLOUDS_PAGE.page), template.replace(CLOUDS_PAGE.placeholder, ''));
}

async function writeSnapshotGaps(dir: string): Promise<void> {
  for (const gap of SNAPSHOT_GAPS) {
    if (!existsSync(join(dir, gap.page))) await writeFile(join(dir, gap.page), `---\ntitle: ${gap.title}\n---\n\n# ${gap.title}\n`);
  }
}

/** Back to the commit: fetched docs, generated pages and the build gone, node_modules and the Faster config kept. */
async function resetCheckout(dir: string): Promise<void> {
  await run('git', ['checkout', '--quiet', '--', '.'], { cwd: dir });
  await run('git', ['clean', '-fdxq', '-e', '/node_modules', '-e', `/${FASTER_CONFIG}`], { cwd: dir });
  await rm(join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
