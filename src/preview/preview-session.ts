import { resolve } from 'node:path';
import { findCollisions, type ContentLimits } from '../collect/index.js';
import type { CollectedFile } from '../collect/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileHistory } from '../fetch/types.js';
import type { SourceSpec } from '../manifest/types.js';
import type { SiteGenerator, SyncedTree } from '../pipeline/types.js';
import type { OutputFile } from '../write/types.js';
import { compareSourceStates, type SourceChange } from './compare-source-states.js';
import { composeLinkIndex } from './compose-link-index.js';
import { diffProblems, type ProblemDiff } from './diff-problems.js';
import { createReaderMemo } from './memo-reader.js';
import { createAnalysisMemo, recollectLocalSource } from './recollect-local-source.js';
import { rerunGenerators, type GeneratedPages } from './rerun-generators.js';
import { buildSourceState } from './source-state.js';
import { findDirtyDocs, transformDocs, type DocResults } from './transform-docs.js';
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
  /** The change could not be applied (e.g. two sources would write one page): the pages stay as they were. */
  failed: boolean;
}

export interface PreviewSession {
  readonly localSources: readonly LocalSource[];
  /** Applies changed paths (relative to each source's folder) to the written tree. */
  update(changes: ReadonlyMap<string, ReadonlySet<string>>): Promise<PreviewUpdate>;
}

/**
 * Keeps a synced tree up to date while working trees change: collects a changed source again (reading only
 * changed files), rebuilds its part of the link index, transforms the docs that changed or whose links now
 * resolve differently, writes them, then re-runs the generators that read the source.
 * Creating it transforms every doc once, to learn what each one's links look up.
 */
export async function createPreviewSession(tree: SyncedTree, options: PreviewSessionOptions): Promise<PreviewSession> {
  const specs = new Map(tree.sources.map((spec) => [spec.id, spec]));
  const order = tree.collected.map((c) => c.fetched.spec.id);
  const states = new Map(tree.collected.map((c) => [c.fetched.spec.id, buildSourceState(c)]));
  const localSources = listLocalSources(tree, options.projectDir);
  const localFiles = localSources.flatMap(({ id }) => states.get(id)?.collected.files ?? []);
  const memos = new Map(localSources.map(({ id }) => [id, createReaderMemo(historyOf(states.get(id)?.collected.files ?? []))]));
  const analysis = createAnalysisMemo(localFiles);
  const collectProblems = new Map(localSources.map(({ id }) => [id, tree.collectDiagnostics.filter((d) => d.source === id)]));
  const docs: DocResults = new Map();
  const generated: GeneratedPages = new Map();
  const kept = new Set(tree.kept);
  const composeIndex = () => composeLinkIndex(order.map((id) => states.get(id)!.index));
  let index = composeIndex();
  await transformDocs(states.values(), () => true, index, docs, options.pause);
  rerunGenerators(options.generators, new Set(order), currentOutputs(), generated, options.now(), kept);

  function currentOutputs(): OutputFile[] {
    return [...states.values()].flatMap((state) => state.collected.files.flatMap((file) => outputOf(file)));
  }

  function outputOf(file: CollectedFile): OutputFile[] {
    if (file.kind === 'asset') return [{ to: file.to, content: file.content, source: file.source }];
    const content = docs.get(file.to)?.content;
    return content ? [{ to: file.to, content, source: file.source }] : [];
  }

  async function refresh(id: string, paths: ReadonlySet<string>, result: PreviewUpdate): Promise<SourceChange | undefined> {
    const spec = specs.get(id);
    const before = states.get(id);
    if (!spec || !isLocal(spec) || !before) return undefined;
    const root = resolve(options.projectDir, spec.path);
    const memo = memos.get(id)!;
    const collected = await recollectLocalSource({ fetched: before.collected.fetched, root, limits: options.limits, memo, changed: paths, analyze: analysis.analyze });
    addProblems(result, diffProblems(collectProblems.get(id) ?? [], collected.diagnostics));
    if (collected.kind === 'failed') return markFailed(result);
    const collisions = findCollisions(order.map((other) => (other === id ? collected.collected : states.get(other)!.collected)));
    if (collisions.length > 0) return markFailed(result, collisions);
    collectProblems.set(id, collected.diagnostics);
    kept.delete(id);
    const after = buildSourceState(collected.collected);
    states.set(id, after);
    return compareSourceStates(before, after);
  }

  async function update(changes: ReadonlyMap<string, ReadonlySet<string>>): Promise<PreviewUpdate> {
    const result: PreviewUpdate = { written: [], removed: [], introduced: [], resolved: [], failed: false };
    const applied = new Map<string, SourceChange>();
    for (const [id, paths] of changes) {
      const change = await refresh(id, paths, result);
      if (change) applied.set(id, change);
    }
    if (applied.size === 0) return result;
    index = composeIndex();
    const removed = [...applied.values()].flatMap((c) => c.removed);
    for (const to of removed) result.resolved.push(...(docs.get(to)?.diagnostics ?? []));
    for (const to of removed) docs.delete(to);
    const dirty = findDirtyDocs(docs, applied.values());
    const current = [...states.values()].filter((state) => !kept.has(state.id)); // kept sources keep their last good pages
    const transformed = await transformDocs(current, (to) => dirty.has(to), index, docs);
    addProblems(result, transformed.problems);
    const assets = [...applied.values()].flatMap((c) => c.assets);
    await write(result, [...transformed.outputs, ...assets], removed);
    const pages = rerunGenerators(options.generators, new Set(applied.keys()), currentOutputs(), generated, options.now(), kept);
    result.introduced.push(...pages.diagnostics);
    await write(result, pages.files, pages.removed);
    analysis.retainOnly(new Set(localSources.flatMap(({ id }) => docTexts(states.get(id)?.collected.files ?? []))));
    return result;
  }

  async function write(result: PreviewUpdate, files: readonly OutputFile[], removed: readonly string[]): Promise<void> {
    if (files.length === 0 && removed.length === 0) return;
    const done = await options.exclusive(() => writeChangedFiles(options.contentDir, files, removed));
    result.written.push(...done.written);
    result.removed.push(...done.removed);
  }

  return { localSources, update };
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
