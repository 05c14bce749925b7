import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../src/preview/parse-start-args.js';
import { readLocalConfig } from '../../../src/preview/read-local-config.js';
import { collectLayers, mergeOverrides } from '../../../src/preview/resolve-overrides.js';
import { runStartCommand } from '../../../src/preview/start-command.js';
import { makeTempDir, normaliseTempPaths, removeTempDirs } from '../../helpers/git-repo.js';

afterAll(removeTempDirs);

const PROJECT_DIR = resolve(import.meta.dirname, '..', '..', '..');
const MANIFEST = 'sources:\n  - id: standards\n    repo: example-org/standards\n    include: ["*.md"]\n    target: standards\n';

/** Runs `npm start` in a project folder; returns the exit code and everything printed. */
async function start(dir: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  let output = '';
  const sink = { write: (text: string) => (output += text) };
  const code = await runStartCommand(argv, { cwd: dir, stdout: sink, stderr: sink, env: { CI: 'true', ...env } });
  return { code, output: normaliseTempPaths(output) };
}

describe('npm start: options', () => {
  it('keeps its own options and passes everything else to docusaurus start unchanged', () => {
    const args = parseStartArgs(['--local', 'standards=../standards', '--port', '3001', '--ref=k8s-harbor=refs/pull/3/head', '--no-open', '--host', '0.0.0.0']);
    expect(args.locals).toEqual({ standards: '../standards' });
    expect(args.refs).toEqual({ 'k8s-harbor': 'refs/pull/3/head' });
    expect(args.docusaurusArgs).toEqual(['--port', '3001', '--no-open', '--host', '0.0.0.0']);
    expect(args.full).toBe(false);
    expect(parseStartArgs(['--local', 'standards=../standards', '--full', '--port', '3001'])).toMatchObject({ full: true, docusaurusArgs: ['--port', '3001'] });
  });

  it('stops with exit 2 and one message when a --local folder does not exist or is not a git checkout', async () => {
    const dir = makeTempDir('scs-start-');
    writeFileSync(join(dir, 'repos.yaml'), MANIFEST);
    mkdirSync(join(dir, 'plain-folder'));
    const missing = await start(dir, ['--local', 'standards=no-such-checkout']);
    expect(missing.code).toBe(2);
    expect(missing.output).toMatchInlineSnapshot(`
      "error: standards=no-such-checkout (the command line): <tmp>/no-such-checkout does not exist
        hint: give the folder of your clone of the source's repository, relative to where you run npm start
      "
    `);
    const plain = await start(dir, ['--local', 'standards=plain-folder']);
    expect(plain.code).toBe(2);
    expect(plain.output).toContain('plain-folder is not a git checkout');
    expect(plain.output).not.toContain('    at ');
  });

  it('names an unknown source id before starting anything', async () => {
    const dir = makeTempDir('scs-start-');
    writeFileSync(join(dir, 'repos.yaml'), MANIFEST);
    const unknown = await start(dir, ['--local', `standard=${dir}`]);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('did you mean "standards"?');
    expect(unknown.output).not.toContain('preview:');
  });

  it('explains a malformed repos.local.yaml', async () => {
    const dir = makeTempDir('scs-start-');
    writeFileSync(join(dir, 'repos.yaml'), MANIFEST);
    writeFileSync(join(dir, 'repos.local.yaml'), 'locals:\n  standards: ../standards\n');
    const run = await start(dir, []);
    expect(run.code).toBe(2);
    expect(run.output).toContain('repos.local.yaml has an unknown key `locals` (did you mean `local`?)');
  });

  it('stops the dev server it started beside the sync when the sync stops with an error', async () => {
    // the dev server starts in the project (it loads the project's Docusaurus); the sync reads a manifest elsewhere
    const dir = makeTempDir('scs-start-');
    writeFileSync(join(dir, 'repos.yaml'), MANIFEST);
    writeFileSync(join(dir, 'repos.lock'), 'not a lock');
    const paths = ['--manifest', join(dir, 'repos.yaml'), '--cache', join(dir, 'cache'), '--content', join(dir, 'content'), '--report', join(dir, 'report.json')];
    let output = '';
    const sink = { write: (text: string) => (output += text) };
    const code = await runStartCommand([...paths, '--no-open'], { cwd: PROJECT_DIR, stdout: sink, stderr: sink, env: { ...process.env, CI: 'true' } }, { onServerOutput: sink.write });
    expect(code).toBe(2); // and it returned: the server has exited
    expect(normaliseTempPaths(output)).toContain('<tmp>/repos.lock: error: lock file is not valid JSON');
    expect(output).not.toContain('    at ');
  });
});

describe('npm start: where --local and --ref come from', () => {
  it('reads repos.local.yaml, then SCS_LOCAL/SCS_REF, then the command line; the later one wins per source', async () => {
    const dir = makeTempDir('scs-start-');
    const file = join(dir, 'repos.local.yaml');
    writeFileSync(file, 'local:\n  standards: ../standards\n  k8s-harbor: ../harbor\nref:\n  csctl: my-branch\n');
    const data = (await readLocalConfig(file, 'repos.local.yaml'))!;
    const layers = collectLayers({
      config: { file, name: 'repos.local.yaml', data },
      env: { SCS_LOCAL: 'csctl=/srv/checkouts/csctl', SCS_REF: 'k8s-harbor=refs/pull/9/head' },
      userDir: '/home/dev/projects',
      args: { locals: { standards: 'checkouts/standards' }, refs: {} },
    });
    const merged = mergeOverrides(layers);
    expect(merged.refs).toEqual({ 'k8s-harbor': 'refs/pull/9/head' });
    expect(Object.fromEntries(Object.entries(merged.locals).map(([id, l]) => [id, [normaliseTempPaths(l.path), l.origin]]))).toEqual({
      standards: ['/home/dev/projects/checkouts/standards', 'the command line'],
      csctl: ['/srv/checkouts/csctl', 'SCS_LOCAL/SCS_REF'],
    });
  });

  it('treats a missing repos.local.yaml as empty', async () => {
    expect(await readLocalConfig(join(makeTempDir('scs-start-'), 'repos.local.yaml'), 'repos.local.yaml')).toBeUndefined();
  });
});
