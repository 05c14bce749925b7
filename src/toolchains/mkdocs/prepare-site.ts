import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { ToolchainInput, ToolchainProblem, ToolchainReader } from '../types.js';
import { convertPage, type PageSite } from './convert-page.js';
import { excludedDocs } from './excluded-docs.js';
import { macrosSetup } from './macros-setup.js';
import { readMkdocsConfig, type MkdocsConfig } from './read-config.js';
import { readNavigation } from './read-navigation.js';
import { snippetsSetup } from './expand-snippets.js';

/** Bumped when the conversion changes, so cached conversions of unchanged pages are made again. */
const READER_VERSION = 'mkdocs-reader-1';

/** Reads an mkdocs site's config, plugins and navigation once; the reader converts its pages. */
export async function prepareMkdocs(input: ToolchainInput): Promise<ToolchainReader> {
  const problems: ToolchainProblem[] = [];
  const texts: string[] = [READER_VERSION];
  const config = input.config ? await readMkdocsConfig(input.snapshot, input.config, problems) : undefined;
  texts.push(...(config?.texts ?? []));
  const base = input.source.base;
  const docsDir = config?.docsDir ?? base;
  const covers = docsDir === '' || docsDir === base || base.startsWith(`${docsDir}/`);
  if (config && !covers) {
    problems.push({ severity: 'info', code: 'toolchain/config-elsewhere', message: `${config.file} builds ${docsDir || 'the repository root'}, not ${base || 'the repository root'}: its navigation is not used`, file: config.file });
  }
  const isPage = pageFilter(config, docsDir, input.docs);
  const site = await pageSite(input, config, docsDir, problems, texts);
  const pages = [...input.docs.keys()].filter((path) => isPage(path) && (docsDir === '' || path.startsWith(`${docsDir}/`)));
  const navigation = covers ? await readNavigation({ ...(config ? { config } : {}), docsDir, snapshot: input.snapshot, pages }, problems) : { texts: [] };
  texts.push(...navigation.texts);
  return {
    fingerprint: createHash('sha256').update(texts.join('\0')).digest('base64url'),
    isPage,
    convert: (doc) => convertPage(doc, site),
    ...(navigation.nav ? { nav: navigation.nav } : {}),
    problems,
  };
}

async function pageSite(input: ToolchainInput, config: MkdocsConfig | undefined, docsDir: string, problems: ToolchainProblem[], texts: string[]): Promise<PageSite> {
  const { snapshot } = input;
  const cache = new Map<string, Promise<string | undefined>>();
  const read = (path: string) => {
    if (!cache.has(path)) cache.set(path, snapshot.read([path]).then((contents) => contents.get(path)?.toString('utf8')));
    return cache.get(path)!;
  };
  // without a config, the extensions mkdocs-material documents are assumed
  const enabled = (extension: string) => !config || config.extensions.has(extension);
  const macrosOptions = config?.plugins.get('macros');
  const macros = config && macrosOptions ? await macrosSetup(config, macrosOptions, snapshot, problems) : undefined;
  texts.push(...(macros?.texts ?? []));
  return {
    read,
    paths: snapshot.paths,
    ...(macros ? { macros: macros.setup } : {}),
    ...(enabled('pymdownx.snippets') ? { snippets: snippetsSetup(config?.projectDir ?? '', config?.extensions.get('pymdownx.snippets') ?? {}, snapshot.paths) } : {}),
    blocks: { admonition: enabled('admonition'), details: enabled('pymdownx.details'), tabbed: enabled('pymdownx.tabbed'), markdownInHtml: enabled('md_in_html'), definitionLists: enabled('def_list') },
    attributeLists: enabled('attr_list'),
    abbreviations: enabled('abbr'),
    inline: { keys: enabled('pymdownx.keys'), mark: enabled('pymdownx.mark'), caret: enabled('pymdownx.caret'), icons: enabled('pymdownx.emoji') },
    urls: { docsDir, useDirectoryUrls: config?.useDirectoryUrls ?? true, paths: snapshot.paths },
  };
}

/** mkdocs builds every markdown file under docs_dir except excluded ones, and a README where an index sits. */
function pageFilter(config: MkdocsConfig | undefined, docsDir: string, docs: ReadonlyMap<string, string>): (path: string) => boolean {
  const excluded = excludedDocs(config?.values.exclude_docs, config?.values.draft_docs);
  const docPaths = new Set(docs.keys());
  return (path) => {
    const inside = docsDir === '' || path.startsWith(`${docsDir}/`);
    if (!inside) return true;
    if (excluded(docsDir === '' ? path : path.slice(docsDir.length + 1))) return false;
    const dir = posix.dirname(path);
    return !(/^readme\.md$/i.test(posix.basename(path)) && docPaths.has(posix.join(dir, 'index.md')));
  };
}
