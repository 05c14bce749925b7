/**
 * `npm run demo`: the whole pipeline offline, on three small example upstream repos (examples/upstreams):
 * turns them into git repos with history, syncs them with examples/repos.yaml, builds and serves the site.
 * `npm run demo -- --no-serve` stops after the build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepareDemoRepos } from '../src/demo/prepare-demo-repos.js';

const project = resolve(import.meta.dirname, '..');
const work = join(project, '.cache', 'demo');
const serve = !process.argv.includes('--no-serve');

const repos = prepareDemoRepos(join(project, 'examples', 'upstreams'), work);
console.log(`demo: made ${repos.names.length} upstream repos with history: ${repos.names.join(', ')}`);
mkdirSync(work, { recursive: true });
const manifest = join(work, 'repos.yaml'); // a copy, so the demo's lock file stays out of the project
copyFileSync(join(project, 'examples', 'repos.yaml'), manifest);

const env = {
  ...process.env,
  // the bundler's persistent cache is shared by every build of this folder; the demo tree must not meet the real one's
  DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: `url.${repos.remoteBase}.insteadOf`,
  GIT_CONFIG_VALUE_0: 'https://github.com/example-org/',
};
run(process.execPath, ['scripts/launch.mjs', 'sync', '--manifest', manifest, '--cache', join(work, 'cache')], env);
run('npx', ['docusaurus', 'build'], env);
if (serve) run('npx', ['docusaurus', 'serve'], env);

function run(command: string, args: string[], childEnv: NodeJS.ProcessEnv): void {
  console.log(`demo: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: project, env: childEnv, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
