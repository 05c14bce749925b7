/**
 * scripts/launch.mjs on a small project of its own (SCS_LAUNCH_ROOT, SCS_LAUNCH_OUT): never the real project's
 * bundle. A launch runs the entry's current code: the bundle is rebuilt when a source changed, and only then.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir.js';

const LAUNCHER = fileURLToPath(new URL('../../../scripts/launch.mjs', import.meta.url));

afterAll(removeTempDirs);

interface Launch {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/launch.mjs <args…>` on the project in `root`, bundling into `out`. */
function launch(root: string, out: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Launch> {
  const child = spawn(process.execPath, [LAUNCHER, ...args], {
    cwd: root,
    env: { ...process.env, ...env, SCS_LAUNCH_ROOT: root, SCS_LAUNCH_OUT: out },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** An entry that greets its arguments through a src module and exits with the code given as `--exit=N`. */
const GREET = `import { greet } from '../src/greeting.js';
const args = process.argv.slice(2);
console.log(greet(args.filter((arg) => !arg.startsWith('--')).join(' ')));
const exit = args.find((arg) => arg.startsWith('--exit='));
if (exit) process.exitCode = Number(exit.slice('--exit='.length));
if (args.includes('--fail')) throw new Error('failed on purpose');
`;
const GREETING = `export function greet(name: string): string {
  return \`Hello, \${name}!\`;
}
`;

describe('node scripts/launch.mjs <name> [args…]', () => {
  let root: string;
  let out: string;
  const bundle = () => join(out, 'greet', 'greet.mjs');
  const run = (args: readonly string[], env?: NodeJS.ProcessEnv) => launch(root, out, ['greet', ...args], env);

  beforeEach(() => {
    root = makeTempDir('scs-launch-');
    out = join(root, 'out');
    write(root, { 'scripts/greet.ts': GREET, 'src/greeting.ts': GREETING });
  });

  it('runs scripts/<name>.ts with the arguments after the name, and ends with its exit code', async () => {
    expect(await run(['Ada', 'Lovelace'])).toEqual({ code: 0, stdout: 'Hello, Ada Lovelace!\n', stderr: '' });
    expect(await run(['Ada', '--exit=3'])).toMatchObject({ code: 3, stdout: 'Hello, Ada!\n' });
  });

  it('reuses the bundle while no input changed', async () => {
    await run(['Ada']);
    const built = statSync(bundle());
    expect(await run(['Grace'])).toMatchObject({ code: 0, stdout: 'Hello, Grace!\n' });
    const after = statSync(bundle());
    expect({ ino: after.ino, mtimeMs: after.mtimeMs }).toEqual({ ino: built.ino, mtimeMs: built.mtimeMs });
  });

  it('runs the new code after an imported source changed, even to a text of the same size', async () => {
    await run(['Ada']);
    write(root, { 'src/greeting.ts': GREETING.replace('Hello', 'Howdy') });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Howdy, Ada!\n' });
  });

  it('bundles a worker module added under src beside the bundle, where its caller finds it', async () => {
    await run(['Ada']);
    write(root, {
      'src/jobs/shout.worker.ts': "export default function shout(text: string): string {\n  return text.toUpperCase();\n}\n",
      'scripts/greet.ts': `${GREET}
const worker = new URL(import.meta.url.endsWith('.ts') ? '../src/jobs/shout.worker.ts' : './shout.worker.mjs', import.meta.url);
const { default: shout } = (await import(worker.href)) as { default: (text: string) => string };
console.log(shout('worker ran'));
`,
    });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Hello, Ada!\nWORKER RAN\n' });
  });

  it("prints esbuild's error and exits 1 without running the previous bundle when a source does not compile", async () => {
    await run(['Ada']);
    write(root, { 'src/greeting.ts': `${GREETING}export const broken = ;\n` });
    const broken = await run(['Ada']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('src/greeting.ts:4:');
    write(root, { 'src/greeting.ts': GREETING });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Hello, Ada!\n' });
  });

  it('lets two launches at once both run the changed code, each from a whole bundle', async () => {
    await run(['Ada']);
    write(root, { 'src/greeting.ts': GREETING.replace('Hello', 'Welcome') });
    const both = await Promise.all([run(['Ada']), run(['Grace'])]);
    expect(both).toEqual([
      { code: 0, stdout: 'Welcome, Ada!\n', stderr: '' },
      { code: 0, stdout: 'Welcome, Grace!\n', stderr: '' },
    ]);
  });

  it('loads code imported on demand from a chunk beside the bundle, and removes chunks of old builds once an hour old', async () => {
    write(root, {
      'scripts/greet.ts': `const { greet } = await import('../src/greeting.js');\nconsole.log(greet(process.argv[2] ?? ''));\n`,
    });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Hello, Ada!\n' });
    const chunksOf = () => readdirSync(join(out, 'greet')).filter((name) => name.endsWith('.mjs') && name !== 'greet.mjs');
    const [firstChunk] = chunksOf();
    expect(firstChunk).toBeDefined();
    expect(readFileSync(bundle(), 'utf8')).not.toContain('Hello, ');

    write(root, { 'src/greeting.ts': GREETING.replace('Hello', 'Hi') });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Hi, Ada!\n' });
    // a command started from the first build may still load its chunk
    expect(chunksOf()).toContain(firstChunk);

    const hoursAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(join(out, 'greet', firstChunk!), hoursAgo, hoursAgo);
    write(root, { 'src/greeting.ts': GREETING.replace('Hello', 'Hey') });
    expect(await run(['Ada'])).toMatchObject({ code: 0, stdout: 'Hey, Ada!\n' });
    expect(chunksOf()).not.toContain(firstChunk);
  });

  it('names the TypeScript source in stack traces under DEBUG', async () => {
    const failed = await run(['--fail'], { DEBUG: '1' });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${join(root, 'scripts', 'greet.ts')}:6`);
  });

  it('explains its usage and exits 2 for a script that does not exist', async () => {
    const missing = await launch(root, out, ['nope']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('there is no scripts/nope.ts');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the project commands', () => {
  it('npm run sync, build, build:site and start go through the launcher; other scripts are untouched', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts).toMatchObject({
      sync: 'node scripts/launch.mjs sync',
      build: 'node scripts/launch.mjs sync && node scripts/launch.mjs build-site',
      'build:site': 'node scripts/launch.mjs build-site',
      start: 'node scripts/launch.mjs start',
    });
  });
});
