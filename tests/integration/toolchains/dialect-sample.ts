import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { originalOffset } from '../../../src/markdown/apply-edits.js';
import { lineAndColumn } from '../../../src/markdown/list-local-references.js';
import { checkPage } from '../../../src/page-check/check-page.js';
import type { Conversion, SourceSnapshot, Toolchain, ToolchainReader } from '../../../src/toolchains/types.js';
import { DEFAULT_LIMITS } from '../../../src/collect/check-content.js';
import { collectSource } from '../../../src/collect/collect-source.js';
import type { CollectedSource } from '../../../src/collect/types.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { fetchLocal } from '../../../src/fetch/fetch-local.js';
import { buildNavFiles, type SiteNav } from '../../../src/write/nav-files.js';
import { makeSpec } from '../../helpers/source-spec.js';
import { bundlePath, cloneBundle, directorySnapshot, selectedDocs } from '../../helpers/toolchain-snapshots.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

export const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
const SITE = { projectDir: PROJECT_DIR, contentDir: '/nonexistent/content' };

/** A sample repo of the docs dialects corpus (`../shared/dialects` beside the project), if present. */
export const dialectBundle = bundlePath;

export interface CollectedSample {
  /** The working tree of the clone. */
  dir: string;
  collected: CollectedSource;
  /** What collecting and placing the navigation reported. */
  diagnostics: Diagnostic[];
  /** The `_nav.json` the sync writes for it, if the toolchain found a navigation. */
  nav?: SiteNav;
}

/** Clones a sample and collects it as the sync does for a manifest entry (read from its working tree), with its nav file. */
export async function collectSample(bundle: string, entry: { id: string; include: string[]; base: string; target: string }): Promise<CollectedSample> {
  const dir = cloneBundle(bundle).dir;
  const spec = { ...makeSpec(entry), path: dir };
  const { collected, diagnostics } = await collectSource(await fetchLocal(spec, '/'), { limits: DEFAULT_LIMITS });
  const navFiles = buildNavFiles([collected]);
  const nav = navFiles.files[0] && (JSON.parse(navFiles.files[0].content.toString('utf8')) as SiteNav);
  return { dir, collected, diagnostics: [...diagnostics, ...navFiles.diagnostics], ...(nav ? { nav } : {}) };
}

export interface ReadSample {
  dir: string;
  snapshot: SourceSnapshot;
  docs: Map<string, string>;
  config: string | undefined;
  reader: ToolchainReader;
  /** Every page's conversion, by snapshot path. */
  pages: Map<string, Conversion>;
}

/** Clones a sample and reads it as the sync would for a manifest entry: detection, prepare, every page converted. */
export async function readSample(bundle: string, entry: { include: string[]; base: string }, toolchain: Toolchain): Promise<ReadSample> {
  const dir = makeTempDir('scs-dialect-');
  execFileSync('git', ['clone', '-q', bundle, join(dir, 'repo')], { stdio: 'ignore' });
  const snapshot = directorySnapshot(join(dir, 'repo'));
  const docs = await selectedDocs(snapshot, picomatch(entry.include));
  const config = toolchain.detect(snapshot.paths, entry.base);
  const reader = await toolchain.prepare({ source: { id: 'sample', base: entry.base, trusted: false }, ...(config ? { config } : {}), snapshot, docs });
  const pages = new Map<string, Conversion>();
  for (const [path, text] of docs) if (reader.isPage(path)) pages.set(path, await reader.convert({ path, text }));
  return { dir, snapshot, docs, config, reader, pages };
}

/** The pages the site's markdown pipeline cannot build, with why. */
export async function unbuildablePages(sample: ReadSample, target: string, base: string): Promise<string[]> {
  const failures: string[] = [];
  for (const [path, conversion] of sample.pages) {
    const to = `${target}/${(base === '' ? path : path.slice(base.length + 1)).replace(/\.(md|mdx|markdown)$/i, '.md')}`;
    const check = await checkPage({ to, text: conversion.text }, SITE);
    if (!check.ok) failures.push(`${path}: ${check.problem.message}`);
  }
  return failures;
}

/** Where in the upstream text a place of the converted text came from, and the upstream text of the edit that wrote it. */
export function upstreamOf(upstream: string, conversion: Conversion, offset: number): { line: number; written?: string } {
  const at = originalOffset(conversion.edits, offset);
  const spans = conversion.edits;
  let written: string | undefined;
  for (let i = 0; i < spans.length; i += 3) if (spans[i] === at) written = upstream.slice(spans[i]!, spans[i + 1]!);
  return { line: lineAndColumn(upstream, at).line, ...(written !== undefined ? { written } : {}) };
}
