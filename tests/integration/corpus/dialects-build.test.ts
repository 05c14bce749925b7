/**
 * The real manifest plus the five sample repos of other docs toolchains (../shared/dialects: Docusaurus, mdBook,
 * MkDocs, Jekyll, Hugo), synced through insteadOf and built with the site's build command, in a temp folder. The
 * site must build with every synced page a real page: the page check and the build's quarantine are safety nets,
 * so on this data nothing is quarantined. Skipped when the sample repos are not beside the project.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSyncCommand } from '../../../src/cli/sync-command.js';
import type { SyncReport } from '../../../src/report/types.js';
import { SITE_GENERATORS } from '../../../src/site/generators.js';
import { runBuildSiteCommand } from '../../../src/site/site-checks/build-site-command.js';
import { runDocusaurusBuild } from '../../../src/site/site-checks/run-docusaurus-build.js';
import { findCorpus, findDialects, materializeCorpus } from './corpus-location.js';

const project = resolve(import.meta.dirname, '..', '..', '..');
const corpus = findCorpus(project);
const dialects = findDialects(project);
const DIALECT_SOURCES = ['old-site', 'capz', 'external-secrets', 'jekyll', 'kind'];

describe.skipIf(!corpus || !dialects)('the site with the real sources and one repo per docs toolchain', () => {
  let work: string;
  let report: SyncReport;
  let syncExit: number;
  let buildExit: number;
  let output = '';

  beforeAll(async () => {
    const materialized = materializeCorpus(corpus!, dialects!);
    work = mkdtempSync(join(tmpdir(), 'scs-dialects-'));
    const manifest = join(work, 'repos.yaml');
    copyFileSync(join(project, 'repos.yaml'), manifest);
    appendFileSync(manifest, readFileSync(join(project, 'tests', 'fixtures', 'dialects', 'entries.yaml'), 'utf8'));
    const env = { ...process.env, ...materialized.env, CI: 'true', SCS_CONTENT_DIR: join(work, 'content'), SCS_SYNC_REPORT: join(work, 'report.json') };
    const sink = { write: (text: string | Uint8Array) => ((output += String(text)), true) };
    const paths = ['--manifest', manifest, '--cache', join(work, 'cache'), '--content', join(work, 'content'), '--report', join(work, 'report.json')];
    syncExit = await runSyncCommand(paths, { cwd: project, stdout: sink, stderr: sink, env }, { generators: SITE_GENERATORS });
    report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as SyncReport;
    const buildEnv = { ...env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: join(work, 'generated') };
    buildExit = await runBuildSiteCommand(['--out-dir', join(work, 'build')], { cwd: project, env: buildEnv, stdout: sink, stderr: sink }, runDocusaurusBuild);
  }, 1_200_000);

  it('syncs every source, the five toolchain repos included', () => {
    expect(syncExit, output.slice(-4000)).toBe(0);
    expect(report.sources.filter((s) => s.status !== 'synced').map((s) => `${s.id}: ${s.status} ${s.error}`)).toEqual([]);
    expect(report.sources.map((s) => s.id)).toEqual(expect.arrayContaining(DIALECT_SOURCES));
  });

  it('builds the site', () => {
    expect(buildExit, output.slice(-6000)).toBe(0);
  });

  it('builds every synced page as a real page: nothing quarantined, by the sync or by the build', () => {
    const built = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as SyncReport; // the build adds what it quarantines
    expect(built.problems.filter((p) => p.code === 'page/quarantined' || p.code === 'page/build-failed')).toEqual([]);
    expect(output).not.toContain('published as a notice');
  });
});
