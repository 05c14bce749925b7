import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REBUILDS, runBuildSiteCommand, type BuildRunner } from '../../../../src/site/site-checks/build-site-command.js';
import { QUARANTINE_SENTENCE } from '../../../../src/page-check/quarantine-page.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/temp-dir.js';
import { GUIDE_REPORT, makeReport, makeSource } from './sample-report.js';

afterEach(removeTempDirs);

function sample(name: string): string {
  return readFileSync(new URL(`samples/${name}.txt`, import.meta.url), 'utf8');
}

const PAGE_A = `---
title: Page A
custom_edit_url: https://github.com/example-org/guide/edit/main/docs/a.md
source:
  id: guide
  repo: https://github.com/example-org/guide
  path: docs/a.md
  commit: 0123456789abcdef0123456789abcdef01234567
---

# Page A

## Details

See [the nope page](/docs/nope).
`;

interface Outcome {
  exitCode: number;
  output: string;
}

/** Runs the command in a temp project whose builds end as `outcomes` say, one after the other (the last repeats). */
async function buildSite(options: { outcomes: Outcome[]; report?: string; env?: NodeJS.ProcessEnv; args?: string[]; pages?: string[] }) {
  const cwd = makeTempDir('scs-buildsite-');
  if (options.report !== undefined) writeFileSync(join(cwd, 'sync-report.json'), options.report);
  const pageA = join(cwd, 'content/docs/guide/a.md');
  mkdirSync(dirname(pageA), { recursive: true });
  for (const name of options.pages ?? ['a', 'b', 'c']) writeFileSync(join(cwd, `content/docs/guide/${name}.md`), PAGE_A.replaceAll('/a.md', `/${name}.md`));
  const stderr: string[] = [];
  const seenArgs: string[][] = [];
  const build: BuildRunner = async (args) => {
    seenArgs.push([...args]);
    return options.outcomes[Math.min(seenArgs.length, options.outcomes.length) - 1]!;
  };
  const io = { cwd, env: options.env ?? {}, stdout: { write: () => true }, stderr: { write: (t: string | Uint8Array) => stderr.push(String(t)) } };
  const exitCode = await runBuildSiteCommand(options.args ?? ['--out-dir', 'out'], io, build);
  const report = options.report === undefined ? undefined : JSON.parse(readFileSync(join(cwd, 'sync-report.json'), 'utf8'));
  return { exitCode, stderr: stderr.join(''), seenArgs, pageA: readFileSync(pageA, 'utf8'), report };
}

const SUCCESS: Outcome = { exitCode: 0, output: '[SUCCESS] Generated static files in "build".\n' };
const BROKEN_LINKS: Outcome = { exitCode: 1, output: sample('broken-links') };

describe('npm run build:site', () => {
  it('passes its arguments to the build and adds nothing when the build succeeds', async () => {
    const result = await buildSite({ outcomes: [SUCCESS], report: JSON.stringify(GUIDE_REPORT) });
    expect(result).toMatchObject({ exitCode: 0, stderr: '', seenArgs: [['--out-dir', 'out']] });
  });

  it('replaces an upstream page the build fails on by its notice, builds again, and reports it', async () => {
    const result = await buildSite({ outcomes: [BROKEN_LINKS, SUCCESS], report: JSON.stringify(GUIDE_REPORT) });
    expect(result.exitCode).toBe(0);
    expect(result.seenArgs).toHaveLength(2);
    expect(result.pageA).toContain(QUARANTINE_SENTENCE);
    expect(result.pageA).toContain('title: Page A');
    expect(result.pageA).toContain('## Details {#details}');
    expect(result.pageA).toContain('https://github.com/example-org/guide/blob/0123456789abcdef0123456789abcdef01234567/docs/a.md');
    expect(result.stderr).toContain('guide (https://github.com/example-org/guide @0123456) docs/a.md: error: the site build failed on this page: it links to /docs/nope');
    expect(result.report.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'page/quarantined', source: 'guide', file: 'docs/a.md' }));
  });

  it('fails under --strict with the same messages, and leaves the pages alone', async () => {
    const result = await buildSite({ outcomes: [BROKEN_LINKS, SUCCESS], report: JSON.stringify(GUIDE_REPORT), args: ['--strict', '--out-dir', 'out'] });
    expect(result.exitCode).toBe(1);
    expect(result.seenArgs).toEqual([['--out-dir', 'out']]);
    expect(result.pageA).toBe(PAGE_A);
    expect(result.stderr).toContain('guide (https://github.com/example-org/guide @0123456) docs/a.md: error: page /docs/guide/a links to /docs/nope');
  });

  it("fails on a problem of the site's own pages, without touching any page", async () => {
    const ownPage = BROKEN_LINKS.output.replaceAll('/docs/guide/a:', '/docs/:');
    const result = await buildSite({ outcomes: [{ exitCode: 1, output: ownPage }, SUCCESS], report: JSON.stringify(GUIDE_REPORT) });
    expect(result.exitCode).toBe(1);
    expect(result.seenArgs).toHaveLength(1);
    expect(result.pageA).toBe(PAGE_A);
    expect(result.stderr).toContain('site (https://github.com/example-org/docs) docs/docs/index.md: error: page /docs/ links to /docs/nope');
  });

  it('fails when a page fails again after it was replaced', async () => {
    const result = await buildSite({ outcomes: [BROKEN_LINKS], report: JSON.stringify(GUIDE_REPORT) });
    expect(result.exitCode).toBe(1);
    expect(result.seenArgs).toHaveLength(2);
  });

  it(`builds again at most ${MAX_REBUILDS} times`, async () => {
    const pages = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const report = makeReport([makeSource({ id: 'guide', files: pages.map((p) => ({ from: `docs/${p}.md`, to: `content/docs/guide/${p}.md`, route: `/docs/guide/${p}` })) })]);
    const outcomes = pages.map((page): Outcome => ({ exitCode: 1, output: sample('ssg-render-error').replaceAll('/docs/tags', `/docs/guide/${page}`) }));
    const result = await buildSite({ outcomes, report: JSON.stringify(report), pages });
    expect(result.exitCode).toBe(1);
    expect(result.seenArgs).toHaveLength(MAX_REBUILDS + 1);
  });

  it('reads the report SCS_SYNC_REPORT names', async () => {
    const result = await buildSite({ outcomes: [{ exitCode: 1, output: sample('broken-anchors') }], env: { SCS_SYNC_REPORT: 'elsewhere.json' } });
    expect(result.stderr).toContain('no sync report at elsewhere.json');
  });

  it('says when there is no report to find the origins in', async () => {
    const result = await buildSite({ outcomes: [BROKEN_LINKS] });
    expect(result.stderr.trim()).toBe('build-site: no sync report at sync-report.json, so the upstream files of these problems are unknown.');
  });

  it('adds nothing to a failure it does not recognise', async () => {
    const result = await buildSite({ outcomes: [{ exitCode: 137, output: 'Killed\n' }], report: JSON.stringify(GUIDE_REPORT) });
    expect(result).toMatchObject({ exitCode: 137, stderr: '' });
  });

  it('says when the report is not a sync report, and still exits with the build code', async () => {
    const result = await buildSite({ outcomes: [BROKEN_LINKS], report: '{"version": 7}' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('sync-report.json: error: not a sync report of version 1');
  });
});
