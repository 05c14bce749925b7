import { posix } from 'node:path';
import { siteLocation } from '../manifest/translations.js';
import { readFrontMatter } from '../markdown/read-front-matter.js';
import type { OutputFile } from '../write/types.js';
import { disambiguateTitles } from './disambiguate-titles.js';
import { addHeadTitle } from './head-title.js';
import { pageQualifiers, uniqueIndexTitles, type PageEntry } from './page-qualifiers.js';

export interface TitledPages {
  /** `outputs`, with `head_title` added to the pages whose title another page has too. */
  outputs: OutputFile[];
  /** The pages given a `head_title`: the title, and the characters it added to their front matter. */
  added: Map<string, { title: string; length: number }>;
}

/**
 * Gives every page of the site tree a title no other page of its language's site has (see disambiguateTitles):
 * the whole tree at once, since a title added anywhere can make another page's ambiguous. A language's site is
 * its translated pages and the English pages it has no translation of. `folderLabels` are the sidebar labels of
 * folders that have one (see readFolderLabels).
 */
export function titlePages(outputs: readonly OutputFile[], folderLabels: ReadonlyMap<string, string>): TitledPages {
  const byLanguage = new Map<string | undefined, OutputFile[]>();
  for (const file of outputs) {
    const { locale } = siteLocation(file.to);
    const group = byLanguage.get(locale);
    if (group) group.push(file);
    else byLanguage.set(locale, [file]);
  }
  const englishFiles = byLanguage.get(undefined) ?? [];
  const english = titleSite(englishFiles, folderLabels);
  const titled = new Map(english.outputs.map((file) => [file.to, file]));
  const added = new Map(english.added);
  for (const [locale, translated] of byLanguage) {
    if (locale === undefined) continue;
    // titled at their English pages' places, so that folders qualify them as they do the English pages
    const places = translated.map((file) => siteLocation(file.to).englishTo);
    const placed = new Set(places);
    const site = titleSite([...translated.map((file, i) => ({ ...file, to: places[i]! })), ...englishFiles.filter((file) => !placed.has(file.to))], folderLabels);
    translated.forEach((file, i) => {
      titled.set(file.to, { ...file, content: site.outputs[i]!.content });
      const title = site.added.get(places[i]!);
      if (title) added.set(file.to, title);
    });
  }
  return { outputs: outputs.map((file) => titled.get(file.to) ?? file), added };
}

/** `titlePages` for the pages of one language's site. */
function titleSite(outputs: readonly OutputFile[], folderLabels: ReadonlyMap<string, string>): TitledPages {
  const pages: PageEntry[] = outputs.filter((file) => isPage(file.to)).map((file) => ({ to: file.to, title: pageTitle(file) }));
  const titles = new Map<string, string>();
  for (const group of groupByLocale(pages)) {
    const indexTitles = uniqueIndexTitles(group);
    const groupTitles = disambiguateTitles(group.map((page) => ({ ...page, qualifiers: pageQualifiers(page, folderLabels, indexTitles) })));
    for (const [to, title] of groupTitles) titles.set(to, title);
  }
  const own = new Map(pages.map((page) => [page.to, page.title]));
  const added: TitledPages['added'] = new Map();
  const titled = outputs.map((file) => {
    const title = titles.get(file.to);
    if (title === undefined || title === own.get(file.to)) return file;
    const text = file.content.toString('utf8');
    const withTitle = addHeadTitle(text, title);
    if (withTitle === undefined) return file;
    added.set(file.to, { title, length: withTitle.length - text.length });
    return { ...file, content: Buffer.from(withTitle) };
  });
  return { outputs: titled, added };
}

/**
 * The pages of each language's tree: the default one, and each `i18n/<locale>/` tree of translations (see
 * localizedSectionDir), which is a site of its own: a German page may share its title with its English original.
 */
function groupByLocale(pages: readonly PageEntry[]): PageEntry[][] {
  const groups = new Map<string, PageEntry[]>();
  for (const page of pages) {
    const parts = page.to.split('/');
    const key = parts[0] === 'i18n' && parts.length > 2 ? parts[1]! : '';
    const group = groups.get(key);
    if (group) group.push(page);
    else groups.set(key, [page]);
  }
  return [...groups.values()];
}

/** Sidebar labels by folder, from the `_category_.json` files of the tree (upstream, the site's, the manifest's). */
export function readFolderLabels(files: readonly OutputFile[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const file of files) {
    if (posix.basename(file.to) !== '_category_.json') continue;
    const label = parseLabel(file.content.toString('utf8'));
    if (label !== undefined) labels.set(posix.dirname(file.to), label);
  }
  return labels;
}

function parseLabel(json: string): string | undefined {
  try {
    const data: unknown = JSON.parse(json);
    const label = typeof data === 'object' && data !== null ? (data as { label?: unknown }).label : undefined;
    return typeof label === 'string' && label.trim() !== '' ? label : undefined;
  } catch {
    return undefined; // a broken category file is the sidebar's problem, reported where it is read
  }
}

/** A doc page of the site: markdown outside the folders and files Docusaurus skips (`_…`). */
function isPage(to: string): boolean {
  return /\.mdx?$/i.test(to) && !to.split('/').some((part) => part.startsWith('_'));
}

/** Front matter titles by page content: the preview titles the whole tree on every save, most pages unchanged. */
const titlesByContent = new WeakMap<Buffer, string | undefined>();

/** The title Docusaurus gives the page: its front matter `title`, else its file name. */
function pageTitle(file: OutputFile): string {
  const title = frontMatterTitle(file.content);
  return title ?? posix.basename(file.to).replace(/\.mdx?$/i, '');
}

function frontMatterTitle(content: Buffer): string | undefined {
  if (titlesByContent.has(content)) return titlesByContent.get(content);
  const read = readFrontMatter(content.toString('utf8'));
  const title = read.kind === 'ok' ? read.data.title : undefined;
  const found = typeof title === 'string' && title.trim() !== '' ? title : undefined;
  titlesByContent.set(content, found);
  return found;
}
