import type { Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { classifyUrl } from '../../markdown/classify-url.js';
import { locateDestination } from '../../markdown/link-destination.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import type { DocEditor } from '../shared/doc-editor.js';

export interface SiteUrls {
  /** Snapshot path of docs_dir: what `/…` links start from. */
  docsDir: string;
  useDirectoryUrls: boolean;
  paths: ReadonlySet<string>;
}

/**
 * mkdocs turns links to `.md` files into page URLs, and leaves other relative links to the browser, which
 * resolves them against the page's URL: with `use_directory_urls` (the default) `a/b.md` is served at `a/b/`,
 * so `../c/` in it means `a/c.md` (or `a/c/index.md`). Such links, and `/c/` from the site root, become
 * relative links to the page's file when it is in the repository; others stay (the transform reports them).
 */
export function rewriteDirectoryLinks(editor: DocEditor, tree: Root, site: SiteUrls): void {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const kind = classifyUrl(node.url);
    if (kind !== 'relative' && kind !== 'root') return;
    const { pathPart } = splitUrl(node.url);
    const path = safeDecode(pathPart);
    if (path === '' || /\.md$/i.test(path) || (kind === 'relative' && existsFileRelative(editor.path, path, site.paths))) return;
    const target = pageFile(editor, path, kind === 'root', site);
    const span = target && locateDestination(editor.text, node);
    if (!target || !span || span.autolink) return;
    const writtenPath = splitUrl(editor.text.slice(span.start, span.end)).pathPart;
    let relative = posix.relative(posix.dirname(editor.path), target);
    if (!relative.startsWith('.')) relative = `./${relative}`;
    editor.replace(span.start, span.start + writtenPath.length, span.angle ? relative : relative.replace(/ /g, '%20'));
  });
}

function existsFileRelative(page: string, path: string, paths: ReadonlySet<string>): boolean {
  if (path === '' || path.endsWith('/')) return false;
  const joined = posix.normalize(posix.join(posix.dirname(page), path));
  return paths.has(joined);
}

/** The page file a URL path means, declaring every candidate looked at (a file appearing later changes the link). */
function pageFile(editor: DocEditor, path: string, fromRoot: boolean, site: SiteUrls): string | undefined {
  const urlDir = fromRoot ? site.docsDir : pageUrlDir(editor.path, site.useDirectoryUrls);
  const joined = posix.normalize(posix.join(urlDir || '.', fromRoot ? path.replace(/^\/+/, '') : path));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  const resolved = joined === '.' ? '' : joined.replace(/\/+$/, '');
  const stem = resolved.replace(/\.html$/i, '');
  const candidates = /\.html$/i.test(resolved)
    ? [`${stem}.md`, ...(posix.basename(stem) === 'index' ? [`${posix.dirname(stem)}/README.md`] : [])]
    : posix.extname(resolved) === '' || path.endsWith('/')
      ? [`${resolved}.md`, posix.join(resolved, 'index.md'), posix.join(resolved, 'README.md')]
      : [];
  for (const candidate of candidates) {
    editor.dependsOn(candidate);
    if (site.paths.has(candidate)) return candidate;
  }
  return undefined;
}

/** The folder a page's URL ends in: its own name with directory URLs (`a/b.md` is `a/b/`), else its file's folder. */
function pageUrlDir(page: string, useDirectoryUrls: boolean): string {
  const dir = posix.dirname(page) === '.' ? '' : posix.dirname(page);
  const name = posix.basename(page).replace(/\.(md|markdown)$/i, '');
  const isIndex = /^(index|readme)$/i.test(name);
  return useDirectoryUrls && !isIndex ? posix.join(dir || '.', name) : dir;
}
