/**
 * Builds the demo site the way `npm run demo -- --no-serve` does, but entirely inside `workDir`:
 * the example upstreams become git repos, the sync runs in-process on a copy of examples/repos.yaml,
 * and `docusaurus build` runs as a child process on the synced tree. Nothing is written into the project.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import { prepareDemoRepos } from '../../../src/demo/prepare-demo-repos.js';
import { SITE_GENERATORS } from '../../../src/site/generators.js';
import { isolatedGitEnv, setEnv } from '../../helpers/git-env.js';

export interface DemoSite {
  /** The static site, ready to be served. */
  buildDir: string;
  contentDir: string;
  reportFile: string;
}

/** Syncs the example upstreams and builds the site; throws with the tool's output when a step fails. */
export async function buildDemoSite(projectDir: string, workDir: string): Promise<DemoSite> {
  const site: DemoSite = {
    buildDir: join(workDir, 'build'),
    contentDir: join(workDir, 'content'),
    reportFile: join(workDir, 'report.json'),
  };
  await syncDemoContent(projectDir, workDir, site);
  await runDocusaurusBuild(projectDir, workDir, site);
  return site;
}

async function syncDemoContent(projectDir: string, workDir: string, site: DemoSite): Promise<void> {
  const repos = prepareDemoRepos(join(projectDir, 'examples', 'upstreams'), join(workDir, 'demo'));
  const manifest = join(workDir, 'repos.yaml'); // a copy: the demo's lock file lands beside it, not in examples/
  copyFileSync(join(projectDir, 'examples', 'repos.yaml'), manifest);
  const restore = setEnv({
    ...isolatedGitEnv(),
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `url.${repos.remoteBase}.insteadOf`,
    GIT_CONFIG_VALUE_0: 'https://github.com/example-org/',
  });
  let output = '';
  const sink = { write: (text: string) => (output += text) };
  try {
    const args = ['--manifest', manifest, '--cache', join(workDir, 'cache'), '--content', site.contentDir, '--report', site.reportFile];
    const code = await runSyncCommand(args, { cwd: projectDir, stdout: sink, stderr: sink, env: { CI: 'true' } }, { generators: SITE_GENERATORS });
    if (code !== 0) throw new Error(`e2e setup: the sync of the demo failed (exit ${code}):\n${output}`);
  } finally {
    restore();
  }
}

/**
 * `docusaurus build` on the synced tree, from scratch: its generated files go to a folder of their own
 * (DOCUSAURUS_GENERATED_FILES_DIR_NAME), so a `npm start` running in the project is not disturbed, and the
 * bundler's persistent cache in node_modules/.cache stays unused (it serves modules of other builds' content).
 */
function runDocusaurusBuild(projectDir: string, workDir: string, site: DemoSite): Promise<void> {
  const generatedDir = join(workDir, 'generated');
  mkdirSync(generatedDir, { recursive: true });
  const env = {
    ...process.env,
    SCS_CONTENT_DIR: site.contentDir,
    SCS_SYNC_REPORT: site.reportFile,
    DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedDir,
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  };
  const child = spawn('npx', ['docusaurus', 'build', '--out-dir', site.buildDir], { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`e2e setup: docusaurus build of the demo failed (exit ${code}):\n${output.slice(-6000)}`));
    });
  });
}
