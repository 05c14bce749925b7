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
import type { SyncReport } from '../../../src/report/types.js';
import { buildSiteInto, readReport, syncInto } from '../../helpers/site-build.js';
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
    const synced = await syncInto(work, manifest, materialized.env);
    ({ exitCode: syncExit, report } = synced);
    const built = await buildSiteInto(work);
    buildExit = built.exitCode;
    output = `${synced.output}${built.output}`;
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
    const built = readReport(work); // the build adds what it quarantines
    expect(built.problems.filter((p) => p.code === 'page/quarantined' || p.code === 'page/build-failed')).toEqual([]);
    expect(output).not.toContain('published as a notice');
  });
});
