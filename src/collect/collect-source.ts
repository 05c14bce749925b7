import { posix } from 'node:path';
import type { DerivedCache } from '../derived-cache/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FetchedSource, FileHistory, SnapshotReader, TreeEntry } from '../fetch/types.js';
import { analyzeMarkdown, resolveUpstreamPath, type DocAnalysis } from '../markdown/index.js';
import { readFrontMatter } from '../markdown/read-front-matter.js';
import { checkActiveAsset } from './check-active-asset.js';
import { checkAssetSize, decodeDoc, type ContentLimits } from './check-content.js';
import { filterUnsafePaths } from './filter-unsafe-paths.js';
import { docFormat, isDocPath, isRenamedForSite, placeFile } from './place-file.js';
import { readToolchain, toolchainDiagnostic } from './read-toolchain.js';
import { isCategoryFile, sanitizeCategoryFile } from './sanitize-category-file.js';
import { resolveSymlink } from './resolve-symlink.js';
import { selectFiles } from './select-files.js';
import type { CollectedFile, CollectedSource, Translation } from './types.js';
import { pairTranslations, translatedLocale, translationLayout } from './find-translations.js';
import { localizedSitePath } from '../manifest/translations.js';
import { chooseToolchain } from '../toolchains/index.js';

/** Analyses a doc's text (parsing it, or from a cache). */
export type AnalyzeDoc = (text: string) => Promise<DocAnalysis>;

/** What collecting needs besides the source: limits, the parser, and where conversions are remembered. */
export interface CollectContext {
  limits: ContentLimits;
  analyze: AnalyzeDoc;
  conversions: Pick<DerivedCache, 'conversion'>;
}

export interface CollectOutput {
  collected: CollectedSource;
  diagnostics: Diagnostic[];
}

const UNCACHED: CollectContext['conversions'] = { conversion: (_key, _digest, compute) => compute() };

/**
 * Selects, reads and places one source's files, its docs read through their toolchain (converted to the site's
 * markdown, nav files and partials left out); carries along assets its docs reference.
 */
export async function collectSource(
  fetched: FetchedSource,
  context: Partial<CollectContext> & Pick<CollectContext, 'limits'>,
): Promise<CollectOutput> {
  const { limits } = context;
  const analyze = context.analyze ?? (async (text: string) => analyzeMarkdown(text));
  const { spec, reader } = fetched;
  if (!reader) return { collected: { fetched, files: [], snapshotPaths: [], toolchain: { name: 'gfm', detected: true } }, diagnostics: [] };
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
  const chosen = chooseToolchain(spec, new Set(byPath.keys()));
  const layout = translationLayout(spec, { name: chosen.toolchain.name, ...(chosen.config ? { config: chosen.config } : {}) });
  const selectedDocs = selection.selected.filter((e) => isDocPath(e.path));
  // a translated file is never an English page: it is read below, as the translation of its page
  const docEntries = selectedDocs.filter((e) => translatedLocale(layout, e.path) === undefined);
  const docContents = await readResolved(reader, docEntries, resolveContent);
  const referenced = new Map<string, TreeEntry>();
  const decodedDocs = new Map<string, string>();
  for (const entry of docEntries) {
    const content = docContents.get(entry.path);
    if (!content) continue;
    const decoded = decodeDoc(content, limits);
    if ('problem' in decoded) report(entry.path, decoded.problem);
    else decodedDocs.set(entry.path, decoded.text);
  }
  const toolchain = await readToolchain(spec, chosen, new Set(byPath.keys()), reader, decodedDocs, context.conversions ?? UNCACHED);
  for (const problem of toolchain.reader.problems) diagnostics.push(toolchainDiagnostic(problem, where, toolchain.config ?? spec.id));
  const docs: Array<{ file: CollectedFile; text: string }> = [];
  const readDoc = async (path: string, upstreamText: string, to: string, format: 'md' | 'mdx', translation?: Translation): Promise<CollectedFile> => {
    if (format === 'md' && /\.mdx$/i.test(path)) {
      report(path, {
        code: 'content/untrusted-mdx',
        message: '.mdx from a source not marked trusted is published as plain markdown (no JSX, no imports run)',
        hint: 'set `trusted: true` on this entry in repos.yaml if its MDX should run at build time',
      });
    }
    const converted = await toolchain.convert({ path, text: upstreamText });
    for (const problem of converted.problems) diagnostics.push(toolchainDiagnostic(problem, where, path));
    const original = converted.edits.length > 0 ? { original: { text: upstreamText, edits: converted.edits } } : {};
    const file: CollectedFile = { source: spec.id, from: path, to, kind: 'doc', format, content: Buffer.from(converted.text), reason: 'include', ...original, ...(translation ? { translation } : {}) };
    if (isRenamedForSite(path)) report(path, renamedProblem(file.to));
    docs.push({ file, text: converted.text });
    return file;
  };
  const pages = new Map<string, CollectedFile>();
  for (const [path, upstreamText] of decodedDocs) {
    if (!toolchain.reader.isPage(path)) continue;
    const format = docFormat(spec, path);
    pages.set(path, await readDoc(path, upstreamText, placeFile(spec, path, format, toolchain.reader.pageName?.(path)), format));
  }

  // translated pages: in their language's tree, at their English page's place and in its format
  const pairs = pairTranslations(layout, pages.keys(), (path) => byPath.has(path));
  const translatedContents = await readResolved(reader, pairs.map((pair) => byPath.get(pair.path)!), resolveContent);
  for (const pair of pairs) {
    const page = pages.get(pair.page)!;
    const content = translatedContents.get(pair.path);
    const to = localizedSitePath(page.to, pair.locale);
    if (!content || to === undefined) continue;
    const decoded = decodeDoc(content, limits);
    if ('problem' in decoded) report(pair.path, decoded.problem);
    else await readDoc(pair.path, decoded.text, to, page.format ?? 'md', { locale: pair.locale, englishTo: page.to, englishFrom: page.from, routeKeys: routeKeysOf(page) });
  }
  const paired = new Set(pairs.map((pair) => pair.path));
  for (const entry of selectedDocs) {
    if (paired.has(entry.path) || translatedLocale(layout, entry.path) === undefined) continue;
    report(entry.path, {
      code: 'collect/translation-without-page',
      message: `${entry.path} is a translation (${translatedLocale(layout, entry.path)}) of a page the site does not have, so it is left out`,
      hint: 'add the English page beside it (a translated file is never published as an English page), or check the translations setting in repos.yaml',
    });
  }

  // asked now so that git answers while the docs are parsed (a preview's save waits for both)
  const history = docs.length > 0 ? reader.history(docs.map(({ file }) => file.from)) : Promise.resolve(new Map<string, FileHistory>());
  history.catch(() => undefined); // awaited below; a parse failing first must not leave it unhandled
  // all at once, so that worker threads get every doc of the source to share out
  const analyses = await Promise.all(docs.map(({ text }) => analyze(text)));
  docs.forEach(({ file }, i) => {
    const analysis = analyses[i]!;
    files.push({ ...file, analysis });
    for (const url of analysis.localUrls) {
      // a translated page's own folder first, then its English page's (where a translation's images usually stay)
      const targetEntry = [file.from, file.translation?.englishFrom]
        .map((from) => (from === undefined ? undefined : resolveUpstreamPath(from, url)))
        .map((target) => target && byPath.get(target.path))
        .find((entry) => entry !== undefined);
      if (targetEntry && !isDocPath(targetEntry.path)) referenced.set(targetEntry.path, targetEntry);
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
    if (refused) {
      report(entry.path, refused);
      continue;
    }
    const category = isCategoryFile(entry.path) ? sanitizeCategory(entry.path, content, report) : undefined;
    if (category === null) continue;
    const to = category ? posix.join(posix.dirname(placeFile(spec, entry.path)), '_category_.json') : placeFile(spec, entry.path);
    files.push({ source: spec.id, from: entry.path, to, kind: 'asset', content: category ?? content, reason });
    if (isRenamedForSite(entry.path)) report(entry.path, renamedProblem(to));
  }

  const histories = await history;
  for (const file of files) if (file.kind === 'doc') file.history = histories.get(file.from);
  const nav = toolchain.reader.nav;
  const used = { name: toolchain.name, ...(toolchain.config ? { config: toolchain.config } : {}), detected: toolchain.detected };
  return { collected: { fetched, files, snapshotPaths: tree.map((e) => e.path), toolchain: used, ...(nav ? { nav } : {}) }, diagnostics };
}

/** The `id` and `slug` a page's front matter gives it (as text, as Docusaurus reads them). */
function routeKeysOf(page: CollectedFile): Translation['routeKeys'] {
  const read = readFrontMatter(page.content.toString('utf8'));
  if (read.kind !== 'ok') return {};
  const { id, slug } = read.data;
  return { ...(typeof id === 'string' ? { id } : {}), ...(typeof slug === 'string' ? { slug } : {}) };
}

/** An upstream folder's sidebar metadata, kept as far as the site can use it; null when it cannot be. */
function sanitizeCategory(path: string, content: Buffer, report: (file: string, problem: Omit<Diagnostic, 'severity'>) => void): Buffer | null {
  const sanitized = sanitizeCategoryFile(content);
  if (sanitized.kind === 'invalid') {
    report(path, { code: 'content/invalid-category', message: `sidebar metadata ${path} is left out: ${sanitized.reason}`, hint: 'fix the file upstream (Docusaurus would stop the site build on it)' });
    return null;
  }
  if (sanitized.dropped.length > 0) {
    report(path, { code: 'content/category-keys-dropped', message: `sidebar metadata keys ${sanitized.dropped.join(', ')} are left out (they name pages of the upstream's own site, or have the wrong type)`, hint: 'labels and positions are kept; the upstream navigation orders the folder' });
  }
  return sanitized.content;
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

