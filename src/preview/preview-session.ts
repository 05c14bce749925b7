import { resolve } from 'node:path';
import { findCollisions, type ContentLimits } from '../collect/index.js';
import type { CollectedFile, CollectedSource } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileHistory } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import { checkPages } from '../page-check/check-pages.js';
import { pageOrigin, staticFileCheck } from '../pipeline/check-stage.js';
import { indexStage } from '../pipeline/index-stage.js';
import { createMemoryDerivedCache } from '../derived-cache/index.js';
import type { SyncWorkers } from '../workers/sync-workers.js';
import type { SiteGenerator, SyncedTree } from '../pipeline/types.js';
import type { OutputFile } from '../write/types.js';
import { buildNavFiles } from '../write/nav-files.js';
import { compareSources, type Recollected } from './compare-sources.js';
import { diffProblems, type ProblemDiff } from './diff-problems.js';
import { createReaderMemo } from './memo-reader.js';
import { createAnalysisMemo, recollectLocalSource } from './recollect-local-source.js';
import { rerunGenerators, type GeneratedPages } from './rerun-generators.js';
import { docResultsOf, findDirtyDocs, transformDocs, type DocResults, type FinishDoc } from './transform-docs.js';
import { keepPageTitles } from './keep-page-titles.js';
import { writeChangedFiles } from './write-changed-files.js';

export interface PreviewSessionOptions {
  projectDir: string;
  contentDir: string;
  limits: ContentLimits;
  generators: readonly SiteGenerator[];
  now: () => Date;
  /** Runs a write while no sync writes the same tree. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Lets the first pass over every doc yield to the event loop (e.g. `setImmediate`). */
  pause?: () => Promise<void>;
  /** Parses docs and builds pages with the site's pipeline (the sync's worker threads, kept for the session). */
  workers: SyncWorkers;
}

/** A working-tree source the preview follows: its id and absolute folder. */
export interface LocalSource {
  id: string;
  root: string;
}

export interface PreviewUpdate extends ProblemDiff {
  /** Site paths written (added or changed) and removed. */
  written: string[];
  removed: string[];
  /** Of those, the paths whose docs plugin must load its pages again (see changesDocsMetadata). */
  docsReload: string[];
  /** The change could not be applied (e.g. two sources would write one page): the pages stay as they were. */
  failed: boolean;
}

export interface PreviewSession {
  /** Applies changed paths (relative to each source's folder) to the written tree. */
  update(changes: ReadonlyMap<string, ReadonlySet<string>>): Promise<PreviewUpdate>;
}

/**
 * Keeps a synced tree up to date while working trees change: collects a changed source again (reading only
 * changed files), rebuilds the link index, transforms the docs that changed or whose links now resolve
 * differently, re-runs the generators that read the source, and writes what changed, with the head titles of the
 * whole tree kept unique (see keepPageTitles).
 * It starts from the sync's transforms, which recorded what each doc's links look up.
 */
export async function createPreviewSession(tree: SyncedTree, options: PreviewSessionOptions): Promise<PreviewSession> {
  const specs = new Map(tree.sources.map((spec) => [spec.id, spec]));
  const collected = new Map(tree.collected.map((c) => [c.fetched.spec.id, c]));
  const locals = listLocalSources(tree, options.projectDir);
  const localFiles = locals.flatMap(({ id }) => collected.get(id)?.files ?? []);
  const memos = new Map(locals.map(({ id }) => [id, createReaderMemo(historyOf(collected.get(id)?.files ?? []))]));
  const analysis = createAnalysisMemo(localFiles, (text) => options.workers.analyze(text));
  const conversions = createMemoryDerivedCache();
  const collectProblems = new Map(locals.map(({ id }) => [id, tree.collectDiagnostics.filter((d) => d.source === id)]));
  const kept = new Set(tree.kept);
  const docs: DocResults = docResultsOf(collected.values(), tree.docs);
  const generated: GeneratedPages = new Map();
  let indexed = indexStage([...collected.values()]);
  await transformDocs(collected.values(), (to) => !docs.has(to), indexed, docs, options.pause);
  rerunGenerators(options.generators, new Set(collected.keys()), currentOutputs(), generated, options.now(), kept);
  const titles = keepPageTitles(tree.sources, treeOutputs());

  /** Builds a changed page as the sync does before writing it: one the site cannot build becomes its notice. */
  const checkDoc: FinishDoc = async (doc, file) => {
    const source = indexed.sources.get(doc.source);
    if (!doc.content || !source) return doc;
    const paths = new Set([...currentOutputs().map((output) => output.to), ...[...generated.values()].flatMap((pages) => [...pages.keys()])]);
    const checked = await checkPages({
      outputs: [{ to: doc.to, content: doc.content, source: doc.source }],
      exists: (to) => paths.has(to) || to === doc.to,
      origin: () => pageOrigin(source, { file, edits: doc.edits }, tree.own.has(source.id)),
      check: (page) => options.workers.checkPage(page, { projectDir: options.projectDir, contentDir: options.contentDir }),
      staticFile: staticFileCheck(options.projectDir),
    });
    return { ...doc, content: checked.outputs[0]!.content, diagnostics: [...doc.diagnostics, ...checked.diagnostics] };
  };

  /** Every page of the tree as transformed or generated (before head titles). */
  function treeOutputs(): OutputFile[] {
    return [...currentOutputs(), ...[...generated.values()].flatMap((pages) => [...pages.values()])];
  }

  function currentOutputs(): OutputFile[] {
    return [...collected.values()].flatMap((source) => source.files.flatMap((file) => outputOf(file)));
  }

  function outputOf(file: CollectedFile): OutputFile[] {
    if (file.kind === 'asset') return [{ to: file.to, content: file.content, source: file.source }];
    const content = docs.get(file.to)?.content;
    return content ? [{ to: file.to, content, source: file.source }] : [];
  }

  /** Collects a source again; undefined (and the problem in `result`) when that fails or would collide. */
  async function recollect(id: string, paths: ReadonlySet<string>, result: PreviewUpdate): Promise<CollectedSource | undefined> {
    const spec = specs.get(id);
    const before = collected.get(id);
    if (!spec || !isLocal(spec) || !before) return undefined;
    const input = { fetched: before.fetched, root: resolve(options.projectDir, spec.path), limits: options.limits, memo: memos.get(id)!, changed: paths, analyze: analysis.analyze, conversions };
    const outcome = await recollectLocalSource(input);
    addProblems(result, diffProblems(collectProblems.get(id) ?? [], outcome.diagnostics));
    collectProblems.set(id, outcome.diagnostics);
    if (outcome.kind === 'failed') return markFailed(result);
    const collisions = findCollisions([...collected.values()].map((other) => (other === before ? outcome.collected : other)));
    if (collisions.length > 0) return markFailed(result, collisions);
    return outcome.collected;
  }

  async function update(changes: ReadonlyMap<string, ReadonlySet<string>>): Promise<PreviewUpdate> {
    const result: PreviewUpdate = { written: [], removed: [], docsReload: [], introduced: [], resolved: [], failed: false };
    const recollected: Recollected[] = [];
    for (const [id, paths] of changes) {
      const after = await recollect(id, paths, result);
      if (!after) continue;
      recollected.push({ before: collected.get(id)!, after });
      collected.set(id, after);
      kept.delete(id);
    }
    if (recollected.length === 0) return result;
    const before = indexed;
    indexed = indexStage([...collected.values()]);
    const change = compareSources(recollected, before, indexed);
    for (const to of change.removed) result.resolved.push(...(docs.get(to)?.diagnostics ?? []));
    for (const to of change.removed) docs.delete(to);
    const dirty = findDirtyDocs(docs, change);
    const current = [...collected.values()].filter((source) => !kept.has(source.fetched.spec.id)); // kept sources keep their last good pages
    const transformed = await transformDocs(current, (to) => dirty.has(to), indexed, docs, undefined, checkDoc);
    addProblems(result, transformed.problems);
    const navs = buildNavFiles(recollected.map(({ after }) => after)); // an edited nav file orders the sidebar anew
    const touched = new Set(recollected.map(({ after }) => after.fetched.spec.id));
    const pages = rerunGenerators(options.generators, touched, currentOutputs(), generated, options.now(), kept);
    // titles are decided on the whole tree: a page's edit can change the head title of pages it does not touch
    const titled = titles.update(treeOutputs(), [...transformed.outputs, ...change.assets, ...navs.files, ...pages.files]);
    const generatedPaths = new Set(pages.files.map((file) => file.to));
    await write(result, titled.filter((file) => !generatedPaths.has(file.to)), change.removed);
    result.introduced.push(...pages.diagnostics);
    await write(result, titled.filter((file) => generatedPaths.has(file.to)), pages.removed);
    analysis.retainOnly(new Set(locals.flatMap(({ id }) => docTexts(collected.get(id)?.files ?? []))));
    return result;
  }

  async function write(result: PreviewUpdate, files: readonly OutputFile[], removed: readonly string[]): Promise<void> {
    if (files.length === 0 && removed.length === 0) return;
    const done = await options.exclusive(() => writeChangedFiles(options.contentDir, files, removed));
    result.written.push(...done.written);
    result.removed.push(...done.removed);
    result.docsReload.push(...done.docsReload);
  }

  return { update };
}

/** The sources of the tree read from working trees, with their absolute folders. */
export function listLocalSources(tree: SyncedTree, projectDir: string): LocalSource[] {
  return tree.sources.filter(isLocal).map((spec) => ({ id: spec.id, root: resolve(projectDir, spec.path) }));
}

function addProblems(result: PreviewUpdate, problems: ProblemDiff): void {
  result.introduced.push(...problems.introduced);
  result.resolved.push(...problems.resolved);
}

function markFailed(result: PreviewUpdate, problems: readonly Diagnostic[] = []): undefined {
  result.introduced.push(...problems);
  result.failed = true;
  return undefined;
}

function isLocal(spec: SourceSpec): spec is SourceSpec & { path: string } {
  return spec.path !== undefined;
}

function historyOf(files: readonly CollectedFile[]): [string, FileHistory][] {
  return files.flatMap((file): [string, FileHistory][] => (file.history ? [[file.from, file.history]] : []));
}

function docTexts(files: readonly CollectedFile[]): string[] {
  return files.filter((file) => file.kind === 'doc').map((file) => file.content.toString('utf8'));
}
