import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuildSiteCommand, type BuildRunner } from '../../../../src/site/site-checks/build-site-command.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';
import { GUIDE_REPORT } from './sample-report.js';

afterEach(removeTempDirs);

function sample(name: string): string {
  return readFileSync(new URL(`samples/${name}.txt`, import.meta.url), 'utf8');
}

async function buildSite(options: { exitCode: number; output: string; report?: string; env?: NodeJS.ProcessEnv }) {
  const cwd = makeTempDir('scs-buildsite-');
  if (options.report !== undefined) writeFileSync(join(cwd, 'sync-report.json'), options.report);
  const stderr: string[] = [];
  const seenArgs: string[][] = [];
  const build: BuildRunner = async (args) => {
    seenArgs.push([...args]);
    return { exitCode: options.exitCode, output: options.output };
  };
  const io = { cwd, env: options.env ?? {}, stdout: { write: () => true }, stderr: { write: (t: string | Uint8Array) => stderr.push(String(t)) } };
  const exitCode = await runBuildSiteCommand(['--out-dir', 'out'], io, build);
  return { exitCode, stderr: stderr.join(''), seenArgs };
}

describe('npm run build:site', () => {
  it('passes its arguments to the build and adds nothing when the build succeeds', async () => {
    const result = await buildSite({ exitCode: 0, output: '[SUCCESS] Generated static files in "build".\n', report: JSON.stringify(GUIDE_REPORT) });
    expect(result).toEqual({ exitCode: 0, stderr: '', seenArgs: [['--out-dir', 'out']] });
  });

  it("names the upstream files of a failed build's broken links and keeps its exit code", async () => {
    const result = await buildSite({ exitCode: 1, output: sample('broken-links'), report: JSON.stringify(GUIDE_REPORT) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('build-site: where the problems Docusaurus found come from (sync report sync-report.json):');
    expect(result.stderr).toContain('guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a links to /docs/nope');
  });

  it('reads the report SCS_SYNC_REPORT names', async () => {
    const result = await buildSite({ exitCode: 1, output: sample('broken-anchors'), env: { SCS_SYNC_REPORT: 'elsewhere.json' } });
    expect(result.stderr).toContain('no sync report at elsewhere.json');
  });

  it('says when there is no report to find the origins in', async () => {
    const result = await buildSite({ exitCode: 1, output: sample('broken-links') });
    expect(result.stderr.trim()).toBe('build-site: no sync report at sync-report.json, so the upstream files of these problems are unknown.');
  });

  it('adds nothing to a failure it does not recognise', async () => {
    const result = await buildSite({ exitCode: 137, output: 'Killed\n', report: JSON.stringify(GUIDE_REPORT) });
    expect(result).toMatchObject({ exitCode: 137, stderr: '' });
  });

  it('says when the report is not a sync report, and still exits with the build code', async () => {
    const result = await buildSite({ exitCode: 1, output: sample('broken-links'), report: '{"version": 7}' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('sync-report.json: error: not a sync report of version 1');
  });
});
