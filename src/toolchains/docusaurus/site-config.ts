import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { SourceSnapshot, ToolchainProblem } from '../types.js';
import { readJsModule } from './js-module.js';
import { evaluateStatic, NotStatic, type StaticValue } from './static-value.js';

/** One instance of Docusaurus' docs plugin. */
export interface DocsPlugin {
  id: string;
  /** Snapshot path of its content folder. */
  dir: string;
  /** Its URL prefix, without slashes ('' at the site's root). */
  routeBasePath: string;
  /** Snapshot path of its sidebars file; undefined when every folder is generated. */
  sidebars?: string;
  /** The navbar's label for it, and the navbar position (for ordering). */
  label?: string;
  order: number;
}

/** What docusaurus.config says about the docs (read statically: nothing of it runs). */
export interface DocusaurusSite {
  dir: string;
  plugins: DocsPlugin[];
  /** `markdown.format`: with `mdx` (the default) `.md` files are MDX too. */
  markdownFormat: 'mdx' | 'md' | 'detect';
  /** The site's URL (`https://docs.example.org`) and base URL, for links written as absolute URLs. */
  url: string;
  baseUrl: string;
  digest: string;
}

const SIDEBARS = /^sidebars.*\.(js|cjs|mjs|ts|json)$/;

/**
 * Reads docusaurus.config (or, without one, the sidebars files next to it) for the docs plugins: the preset's
 * `docs` and every `@docusaurus/plugin-content-docs`, with their folders, route prefixes, sidebars files and
 * navbar labels. Parts of the config that are not literals are simply not known.
 */
export async function readDocusaurusSite(snapshot: SourceSnapshot, configPath: string, problems: ToolchainProblem[]): Promise<DocusaurusSite> {
  const dir = posix.dirname(configPath) === '.' ? '' : posix.dirname(configPath);
  const text = (await snapshot.read([configPath])).get(configPath)?.toString('utf8') ?? '';
  const digest = createHash('sha256').update(`${configPath}\0${text}`).digest('base64url');
  const isConfig = /^docusaurus\.config\./.test(posix.basename(configPath));
  const config = isConfig ? evaluateConfig(text, configPath, problems) : {};
  const inSite = (path: string) => posix.join(dir, path.replace(/^\.\//, ''));
  const declared = isConfig ? docsPluginOptions(config) : [];
  const plugins = declared.length > 0 ? declared.map((options, i) => toPlugin(options, i, inSite, snapshot.paths)) : guessPlugins(dir, snapshot.paths);
  labelFromNavbar(plugins, object(object(object(config).themeConfig).navbar).items);
  const markdown = object(config.markdown).format;
  return {
    dir,
    plugins,
    markdownFormat: markdown === 'md' || markdown === 'detect' ? markdown : 'mdx',
    url: typeof config.url === 'string' ? config.url.replace(/\/+$/, '') : '',
    baseUrl: typeof config.baseUrl === 'string' ? config.baseUrl : '/',
    digest,
  };
}

function evaluateConfig(text: string, path: string, problems: ToolchainProblem[]): Record<string, StaticValue> {
  const module = readJsModule(text, path);
  if ('error' in module || !module.exported) {
    problems.push({ severity: 'warning', code: 'toolchain/unreadable-config', message: `${posix.basename(path)} cannot be read statically: ${'error' in module ? module.error : 'it exports nothing this reader understands'}`, file: path });
    return {};
  }
  return object(evaluateStatic(module.exported, text, module.constants));
}

/** The options of every docs plugin: the classic preset's `docs` (unless false) and each plugin-content-docs. */
function docsPluginOptions(config: Record<string, StaticValue>): Record<string, StaticValue>[] {
  const found: Record<string, StaticValue>[] = [];
  for (const preset of list(config.presets)) {
    const [name, options] = Array.isArray(preset) ? preset : [preset, {}];
    if (typeof name === 'string' && /classic/.test(name) && object(options).docs !== false) found.push(object(object(options).docs));
  }
  for (const plugin of list(config.plugins)) {
    const [name, options] = Array.isArray(plugin) ? plugin : [plugin, {}];
    if (typeof name === 'string' && /plugin-content-docs/.test(name)) found.push(object(options));
  }
  return found;
}

function toPlugin(options: Record<string, StaticValue>, order: number, inSite: (path: string) => string, paths: ReadonlySet<string>): DocsPlugin {
  const dir = inSite(typeof options.path === 'string' ? options.path : 'docs');
  const routeBasePath = typeof options.routeBasePath === 'string' ? options.routeBasePath.replace(/^\/+|\/+$/g, '') : 'docs';
  const sidebars = typeof options.sidebarPath === 'string' ? inSite(options.sidebarPath) : options.sidebarPath === undefined ? defaultSidebars(inSite, paths) : undefined;
  return { id: typeof options.id === 'string' ? options.id : 'default', dir, routeBasePath, ...(sidebars !== undefined && paths.has(sidebars) ? { sidebars } : {}), order: 1000 + order };
}

function defaultSidebars(inSite: (path: string) => string, paths: ReadonlySet<string>): string | undefined {
  return ['sidebars.js', 'sidebars.ts', 'sidebars.json', 'sidebars.cjs', 'sidebars.mjs'].map(inSite).find((path) => paths.has(path));
}

/** Without a readable config: `sidebars.js` is the `docs` folder's, `sidebarsFooBar.js` the `foo-bar` folder's. */
function guessPlugins(dir: string, paths: ReadonlySet<string>): DocsPlugin[] {
  const files = [...paths].filter((path) => (posix.dirname(path) === '.' ? '' : posix.dirname(path)) === dir && SIDEBARS.test(posix.basename(path))).sort();
  return files.flatMap((sidebars, order): DocsPlugin[] => {
    const suffix = /^sidebars(.*)\.\w+$/.exec(posix.basename(sidebars))![1]!;
    const folder = suffix === '' || suffix.toLowerCase() === 'docs' ? 'docs' : suffix.replace(/^[-_]/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const contentDir = posix.join(dir, folder);
    if (![...paths].some((path) => path.startsWith(`${contentDir}/`))) return [];
    return [{ id: folder === 'docs' ? 'default' : folder, dir: contentDir, routeBasePath: folder, sidebars, order: 1000 + order }];
  });
}

/** Navbar items name a plugin by `docsPluginId`, or link to its route (`to: '/community'`). */
function labelFromNavbar(plugins: DocsPlugin[], items: StaticValue | undefined): void {
  list(items).forEach((entry, position) => {
    const item = object(entry);
    if (typeof item.label !== 'string') return;
    const to = typeof item.to === 'string' ? item.to.replace(/^\/+|\/+$/g, '') : undefined;
    const byId = typeof item.type === 'string' && /doc/.test(item.type) ? plugins.find((p) => p.id === (typeof item.docsPluginId === 'string' ? item.docsPluginId : 'default')) : undefined;
    const plugin = byId ?? plugins.find((p) => to !== undefined && to === p.routeBasePath);
    if (plugin && plugin.label === undefined) Object.assign(plugin, { label: item.label, order: position });
  });
}

function object(value: StaticValue | undefined): Record<string, StaticValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof NotStatic) ? value : {};
}

function list(value: StaticValue | undefined): StaticValue[] {
  return Array.isArray(value) ? value : [];
}
