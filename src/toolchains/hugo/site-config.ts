import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { SourceSnapshot, ToolchainProblem } from '../types.js';

const CONFIG_NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

/** A menu entry as the config or a page's front matter defines it. */
export interface MenuEntryConfig {
  identifier?: string;
  name?: string;
  url?: string;
  pageRef?: string;
  parent?: string;
  weight?: number;
}

/** What the reader takes from a Hugo site's configuration. */
export interface HugoSite {
  /** The folder holding the config (or `config/_default/`): Hugo's working directory, where `readFile` reads. */
  projectDir: string;
  contentDir: string;
  staticDirs: string[];
  baseURL?: string;
  params: Record<string, unknown>;
  menus: Record<string, MenuEntryConfig[]>;
  /** `sectionPagesMenu`: the menu Hugo adds each top-level section to. */
  sectionPagesMenu?: string;
  themes: string[];
}

/**
 * The config Hugo reads for a folder: `hugo.*`/`config.*` (toml, yaml, json) in `base` or a folder above that
 * also holds a `content/` folder, or the same in its `config/_default/` folder.
 */
export function findHugoConfig(paths: ReadonlySet<string>, base: string): string | undefined {
  const all = [...paths];
  for (let dir = base; ; dir = posix.dirname(dir)) {
    const folder = dir === '.' ? '' : dir;
    const join = (name: string) => (folder === '' ? name : `${folder}/${name}`);
    if (all.some((path) => path.startsWith(join('content/')))) {
      const config = CONFIG_NAMES.map(join).find((path) => paths.has(path)) ?? CONFIG_NAMES.map((name) => join(`config/_default/${name}`)).find((path) => paths.has(path));
      if (config) return config;
    }
    if (folder === '') return undefined;
  }
}

/** Reads the config and, for a `config/_default/` folder, its `params.*` and `menus.*` files. */
export async function readSiteConfig(configPath: string, snapshot: SourceSnapshot): Promise<{ site: HugoSite; problems: ToolchainProblem[]; texts: string[] }> {
  const configDir = posix.dirname(configPath);
  const inConfigFolder = configDir.endsWith('config/_default');
  const projectDir = inConfigFolder ? posix.dirname(posix.dirname(configDir)) : configDir;
  const siblings = inConfigFolder ? [...snapshot.paths].filter((path) => posix.dirname(path) === configDir && /^(params|menus?)(\.[\w-]+)?\.(toml|ya?ml|json)$/.test(posix.basename(path))).sort() : [];
  const contents = await snapshot.read([configPath, ...siblings]);
  const problems: ToolchainProblem[] = [];
  const read = (path: string): Record<string, unknown> => {
    const text = contents.get(path)?.toString('utf8') ?? '';
    try {
      return lowerKeys(parseConfig(path, text));
    } catch (error) {
      problems.push({ severity: 'warning', code: 'toolchain/config-unreadable', message: `${path} cannot be read: ${(error as Error).message.split('\n')[0]}`, file: path });
      return {};
    }
  };
  const config = read(configPath);
  const params = { ...table(config.params) };
  const menus: Record<string, unknown> = { ...table(config.menus), ...table(config.menu) };
  for (const path of siblings) {
    if (posix.basename(path).startsWith('params')) Object.assign(params, read(path));
    else Object.assign(menus, read(path));
  }
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const folder = (name: string) => posix.join(projectDir === '.' ? '' : projectDir, name);
  const site: HugoSite = {
    projectDir: projectDir === '.' ? '' : projectDir,
    contentDir: folder(text(config.contentdir) ?? 'content'),
    staticDirs: (Array.isArray(config.staticdir) ? config.staticdir.filter((d): d is string => typeof d === 'string') : [text(config.staticdir) ?? 'static']).map(folder),
    ...(text(config.baseurl) ? { baseURL: text(config.baseurl)! } : {}),
    params,
    menus: Object.fromEntries(Object.entries(menus).map(([name, entries]) => [name, menuEntries(entries)])),
    ...(text(config.sectionpagesmenu) ? { sectionPagesMenu: text(config.sectionpagesmenu)! } : {}),
    themes: (Array.isArray(config.theme) ? config.theme : [config.theme]).filter((t): t is string => typeof t === 'string'),
  };
  return { site, problems, texts: [configPath, ...siblings].map((path) => contents.get(path)?.toString('utf8') ?? '') };
}

function parseConfig(path: string, text: string): Record<string, unknown> {
  const data: unknown = path.endsWith('.toml') ? parseToml(text) : path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  return table(data);
}

/** Menu entries as written: a list of entries (a single entry, in YAML, as a mapping). */
export function menuEntries(value: unknown): MenuEntryConfig[] {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? [value] : [];
  return list.map(table).map((entry) => {
    const get = (key: string) => entry[Object.keys(entry).find((k) => k.toLowerCase() === key) ?? ''];
    const text = (key: string) => (typeof get(key) === 'string' ? (get(key) as string) : typeof get(key) === 'number' ? String(get(key)) : undefined);
    const weight = Number(get('weight'));
    return {
      ...(text('identifier') ? { identifier: text('identifier')! } : {}),
      ...(text('name') ? { name: text('name')! } : {}),
      ...(text('url') ? { url: text('url')! } : {}),
      ...(text('pageref') ? { pageRef: text('pageref')! } : {}),
      ...(text('parent') ? { parent: text('parent')! } : {}),
      ...(Number.isFinite(weight) && weight !== 0 ? { weight } : {}),
    };
  });
}

export function table(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : {};
}

/** Hugo's configuration keys are case-insensitive: the top level is read lowercased. */
function lowerKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}

/** A value of a params map by a dotted, case-insensitive key (`Params.Stable`, `ui.sidebar`). */
export function lookupParam(params: Record<string, unknown>, key: string): unknown {
  let current: unknown = params;
  for (const part of key.split('.').filter(Boolean)) {
    const map = table(current);
    const found = Object.keys(map).find((k) => k.toLowerCase() === part.toLowerCase());
    if (found === undefined) return undefined;
    current = map[found];
  }
  return current;
}

/** A site whose config the snapshot lacks (`format: hugo` in repos.yaml): Hugo's defaults around `base`. */
export function siteWithoutConfig(base: string): HugoSite {
  const projectDir = posix.basename(base) === 'content' ? (posix.dirname(base) === '.' ? '' : posix.dirname(base)) : base;
  return { projectDir, contentDir: posix.join(projectDir, 'content').replace(/^\.\//, ''), staticDirs: [posix.join(projectDir, 'static')], params: {}, menus: {}, themes: [] };
}
