import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FetchedSource, SnapshotReader, TreeEntry } from '../fetch/types.js';
import { analyzeMarkdown, resolveUpstreamPath, type DocAnalysis } from '../markdown/index.js';
import { checkActiveAsset } from './check-active-asset.js';
import { checkAssetSize, decodeDoc, type ContentLimits } from './check-content.js';
import { filterUnsafePaths } from './filter-unsafe-paths.js';
import { docFormat, isDocPath, isRenamedForSite, placeFile } from './place-file.js';
import { resolveSymlink } from './resolve-symlink.js';
import { selectFiles } from './select-files.js';
import type { CollectedFile, CollectedSource } from './types.js';

/** Analyses a doc's text (parsing it, or from a cache). */
export type AnalyzeDoc = (text: string) => Promise<DocAnalysis>;

export interface CollectOutput {
  collected: CollectedSource;
  diagnostics: Diagnostic[];
}

/** Selects, reads and places one source's files; carries along assets its docs reference. */
export async function collectSource(
  fetched: FetchedSource,
  limits: ContentLimits,
  analyze: AnalyzeDoc = async (text) => analyzeMarkdown(text),
): Promise<CollectOutput> {
  const { spec, reader } = fetched;
  if (!reader) return { collected: { fetched, files: [], snapshotPaths: [] }, diagnostics: [] };
  const where = { source: spec.id, repo: spec.repo, commit: fetched.commit };
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, problem: Omit<Diagnostic, 'severity'>) =>
    diagnostics.push({ severity: 'warning', ...where, file, ...problem });

  const tree = filterUnsafePaths(await reader.listFiles(), report);
  const byPath = new Map(tree.map((entry) => [entry.path, entry]));
  const selection = selectFiles(spec, tree);
  diagnostics.push(...selection.diagnostics);
  const resolveContent = await symlinkResolver(reader, tree, byPath, report);

  const files: CollectedFile[] = [];
  const docEntries = selection.selected.filter((e) => isDocPath(e.path));
  const docContents = await readResolved(reader, docEntries, resolveContent);
  const referenced = new Map<string, TreeEntry>();
  const docs: Array<{ file: CollectedFile; text: string }> = [];
  for (const entry of docEntries) {
    const content = docContents.get(entry.path);
    if (!content) continue;
    const decoded = decodeDoc(content, limits);
    if ('problem' in decoded) {
      report(entry.path, decoded.problem);
      continue;
    }
    const format = docFormat(spec, entry.path);
    if (format === 'md' && /\.mdx$/i.test(entry.path)) {
      report(entry.path, {
        code: 'content/untrusted-mdx',
        message: '.mdx from a source not marked trusted is published as plain markdown (no JSX, no imports run)',
        hint: 'set `trusted: true` on this entry in repos.yaml if its MDX should run at build time',
      });
    }
    const file: CollectedFile = { source: spec.id, from: entry.path, to: placeFile(spec, entry.path, format), kind: 'doc', format, content: Buffer.from(decoded.text), reason: 'include' };
    if (isRenamedForSite(entry.path)) report(entry.path, renamedProblem(file.to));
    docs.push({ file, text: decoded.text });
  }
  // all at once, so that worker threads get every doc of the source to share out
  const analyses = await Promise.all(docs.map(({ text }) => analyze(text)));
  docs.forEach(({ file }, i) => {
    const analysis = analyses[i]!;
    files.push({ ...file, analysis });
    for (const url of analysis.localUrls) {
      const target = resolveUpstreamPath(file.from, url);
      const targetEntry = target && byPath.get(target.path);
      if (targetEntry && !isDocPath(target.path)) referenced.set(target.path, targetEntry);
    }
  });

  const selectedPaths = new Set(selection.selected.map((e) => e.path));
  const assetEntries = [
    ...selection.selected.filter((e) => !isDocPath(e.path)).map((e) => ({ entry: e, reason: 'include' as const })),
    ...[...referenced.values()].filter((e) => !selectedPaths.has(e.path)).map((e) => ({ entry: e, reason: 'referenced' as const })),
  ];
  const assetContents = await readResolved(reader, assetEntries.map((a) => a.entry), resolveContent);
  for (const { entry, reason } of assetEntries) {
    const content = assetContents.get(entry.path);
    if (!content) continue;
    const refused = checkAssetSize(content.length, limits) ?? (spec.trusted ? undefined : checkActiveAsset(entry.path, content));
    if (refused) report(entry.path, refused);
    else {
      const to = placeFile(spec, entry.path);
      files.push({ source: spec.id, from: entry.path, to, kind: 'asset', content, reason });
      if (isRenamedForSite(entry.path)) report(entry.path, renamedProblem(to));
    }
  }

  await attachHistory(reader, files);
  return { collected: { fetched, files, snapshotPaths: tree.map((e) => e.path) }, diagnostics };
}

function renamedProblem(to: string): Omit<Diagnostic, 'severity'> {
  return {
    code: 'collect/renamed',
    message: `published as ${to}: a page URL cannot hold # ? % \\ [ ] ^ | ( ) : *, control characters or trailing spaces, so they become -`,
    hint: 'rename the file or folder upstream; links to it from other docs are rewritten to the new name',
  };
}

type ContentResolver = (entry: TreeEntry) => TreeEntry | undefined;

async function symlinkResolver(
  reader: SnapshotReader,
  tree: readonly TreeEntry[],
  byPath: ReadonlyMap<string, TreeEntry>,
  report: (file: string, problem: Omit<Diagnostic, 'severity'>) => void,
): Promise<ContentResolver> {
  const links = tree.filter((e) => e.kind === 'symlink').map((e) => e.path);
  const texts = links.length > 0 ? await reader.readFiles(links) : new Map<string, Buffer>();
  return (entry) => {
    if (entry.kind === 'file') return entry;
    const resolution = resolveSymlink(entry, byPath, (path) => texts.get(path)?.toString('utf8'));
    if (resolution.kind === 'file') return resolution.entry;
    const messages = {
      escapes: `symlink points outside the repository (${'target' in resolution ? resolution.target : ''}) and is not followed`,
      loop: 'symlink loop: the link never reaches a file',
      dangling: `symlink target ${'target' in resolution ? resolution.target : ''} does not exist in the repository`,
    } as const;
    report(entry.path, {
      code: `content/symlink-${resolution.kind}`,
      message: messages[resolution.kind],
      hint: 'point the symlink at a file inside the repository, or exclude it in repos.yaml',
    });
    return undefined;
  };
}

/** Reads entries, following in-repo symlinks to their target's content. Keyed by the entry's own path. */
async function readResolved(reader: SnapshotReader, entries: readonly TreeEntry[], resolve: ContentResolver) {
  const targets = new Map<string, string>();
  for (const entry of entries) {
    const target = resolve(entry);
    if (target) targets.set(entry.path, target.path);
  }
  const contents = await reader.readFiles([...new Set(targets.values())]);
  const result = new Map<string, Buffer>();
  for (const [path, target] of targets) {
    const content = contents.get(target);
    if (content) result.set(path, content);
  }
  return result;
}

async function attachHistory(reader: SnapshotReader, files: CollectedFile[]): Promise<void> {
  const docs = files.filter((f) => f.kind === 'doc');
  if (docs.length === 0) return;
  const history = await reader.history(docs.map((f) => f.from));
  for (const doc of docs) doc.history = history.get(doc.from);
}
