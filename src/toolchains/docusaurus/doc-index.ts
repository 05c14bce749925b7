import { posix } from 'node:path';
import { splitFrontMatter } from '../shared/front-matter.js';
import type { DocsPlugin } from './site-config.js';

/** A doc as Docusaurus' docs plugin knows it. */
export interface DocusaurusDoc {
  path: string;
  plugin: DocsPlugin;
  /** Its id: folder and name with number prefixes stripped, or front matter `id` for the name. */
  id: string;
  /** Its URL (`/docs/iaas/guides`), without trailing slash. */
  route: string;
  /** Folder inside the plugin's content folder, as written ('' at its root). */
  folder: string;
  /** Position among its siblings: `sidebar_position`, else the file name's number prefix. */
  position?: number;
  sidebarLabel?: string;
  /** Front matter `title`, else the `# heading` the page starts with (Docusaurus' title for a category's label). */
  title?: string;
  /** The folder's index doc (index, README, or named like its folder): the category's own page. */
  categoryIndex: boolean;
  /** `draft: true`: not published; `unlisted: true`: published, left out of sidebars. */
  draft: boolean;
  unlisted: boolean;
}

export interface DocIndex {
  byPath: ReadonlyMap<string, DocusaurusDoc>;
  /** A doc by id, in a plugin (ids are unique per plugin). */
  byId(plugin: DocsPlugin, id: string): DocusaurusDoc | undefined;
  /** A doc by its URL, without trailing slash or base URL. */
  byRoute(route: string): DocusaurusDoc | undefined;
  /** The plugin a path belongs to. */
  pluginOf(path: string): DocsPlugin | undefined;
}

export function indexDocs(plugins: readonly DocsPlugin[], docs: ReadonlyMap<string, string>): DocIndex {
  const pluginOf = (path: string) =>
    [...plugins].sort((a, b) => b.dir.length - a.dir.length).find((plugin) => plugin.dir === '' || path.startsWith(`${plugin.dir}/`));
  const byPath = new Map<string, DocusaurusDoc>();
  for (const [path, text] of [...docs].sort(([a], [b]) => a.localeCompare(b))) {
    const plugin = pluginOf(path);
    if (plugin && /\.mdx?$/i.test(path) && !isPartial(plugin, path)) byPath.set(path, readDoc(path, plugin, text));
  }
  const ids = new Map([...byPath.values()].map((doc) => [`${doc.plugin.id}\0${doc.id}`, doc]));
  const routes = new Map([...byPath.values()].map((doc) => [doc.route, doc]));
  return { byPath, byId: (plugin, id) => ids.get(`${plugin.id}\0${id}`), byRoute: (route) => routes.get(route.replace(/\/+$/, '') || '/'), pluginOf };
}

/** Files and folders starting with `_` are partials, imported by pages: not docs of the plugin. */
export function isPartial(plugin: DocsPlugin, path: string): boolean {
  const inside = plugin.dir === '' ? path : path.slice(plugin.dir.length + 1);
  return inside.split('/').some((segment) => segment.startsWith('_'));
}

function readDoc(path: string, plugin: DocsPlugin, text: string): DocusaurusDoc {
  const frontMatter = splitFrontMatter(text);
  const data = frontMatter.data;
  const title = typeof data.title === 'string' ? data.title : contentTitle(text.slice(frontMatter.bodyStart));
  const relative = plugin.dir === '' ? path : path.slice(plugin.dir.length + 1);
  const folder = posix.dirname(relative) === '.' ? '' : posix.dirname(relative);
  const fileName = posix.basename(relative).replace(/\.mdx?$/i, '');
  const unprefixedFolder = folder.split('/').map((segment) => stripNumberPrefix(segment).name).join('/');
  const file = stripNumberPrefix(fileName);
  const baseId = typeof data.id === 'string' ? data.id : file.name;
  const id = unprefixedFolder === '' ? baseId : `${unprefixedFolder}/${baseId}`;
  const parent = posix.basename(folder);
  const categoryIndex = /^(index|readme)$/i.test(file.name) || (parent !== '' && file.name.toLowerCase() === stripNumberPrefix(parent).name.toLowerCase());
  const slug = typeof data.slug === 'string' ? (data.slug.startsWith('/') ? data.slug : posix.join('/', unprefixedFolder, data.slug)) : categoryIndex ? `/${unprefixedFolder}` : `/${id}`;
  const route = posix.join('/', plugin.routeBasePath, slug).replace(/\/+$/, '') || '/';
  const position = typeof data.sidebar_position === 'number' ? data.sidebar_position : file.number;
  return {
    path,
    plugin,
    id,
    route,
    folder,
    ...(position !== undefined ? { position } : {}),
    ...(typeof data.sidebar_label === 'string' ? { sidebarLabel: data.sidebar_label } : {}),
    ...(title !== undefined ? { title } : {}),
    categoryIndex,
    draft: data.draft === true,
    unlisted: data.unlisted === true,
  };
}

/** The `# heading` a page's content starts with (after imports and blank lines), as Docusaurus reads a title. */
function contentTitle(body: string): string | undefined {
  for (const line of body.split('\n', 50)) {
    if (line.trim() === '' || /^(import|export)\s/.test(line)) continue;
    return /^#\s+(.*?)(\s+#+)?\s*$/.exec(line)?.[1];
  }
  return undefined;
}

/** Docusaurus' number prefixes (`01-intro`, `2. Setup`), stripped from ids, URLs and labels; versions (`1.2`) are names. */
export function stripNumberPrefix(name: string): { name: string; number?: number } {
  const match = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/.exec(name);
  if (!match || /^\d+\.\d/.test(name)) return { name };
  return { name: match[2]!, number: Number(match[1]) };
}
