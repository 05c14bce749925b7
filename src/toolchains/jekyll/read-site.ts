import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SourceSnapshot, ToolchainProblem } from '../types.js';
import { firstLine, isDataFile, readSiteData } from './site-data.js';

export interface JekyllCollection {
  label: string;
  /** Snapshot path of its folder (`docs/_docs`). */
  dir: string;
  /** Whether Jekyll writes its documents as pages. */
  output: boolean;
  permalink?: string;
}

/** A front matter default of _config.yml: values for the pages under `path` (of `type`, if given). */
export interface FrontMatterDefault {
  path: string;
  type?: string;
  values: Record<string, unknown>;
}

/** What _config.yml and the data folder say about a Jekyll site. */
export interface JekyllSite {
  /** Snapshot path of the folder holding _config.yml ('' at the root): the site's source. */
  dir: string;
  config: Record<string, unknown>;
  baseurl: string;
  url: string;
  /** Global permalink style or pattern (`date`, `pretty`, `/:categories/:title/`). */
  permalink: string;
  collections: JekyllCollection[];
  defaults: FrontMatterDefault[];
  /** Paths (relative to the site) Jekyll leaves out. */
  exclude: string[];
  /** Snapshot paths of the include and data folders. */
  includesDir: string;
  dataDir: string;
  data: Record<string, unknown>;
  /** Each data file's value, by snapshot path (navigation lives in some). */
  dataFiles: ReadonlyMap<string, unknown>;
  /** A digest of every file read here. */
  digest: string;
}

/** Reads _config.yml and the data folder (also when the include globs do not select them). */
export async function readJekyllSite(snapshot: SourceSnapshot, configPath: string, problems: ToolchainProblem[]): Promise<JekyllSite> {
  const dir = posix.dirname(configPath) === '.' ? '' : posix.dirname(configPath);
  const inSite = (name: string) => (dir === '' ? name : `${dir}/${name}`);
  const hash = createHash('sha256');
  const configText = (await snapshot.read([configPath])).get(configPath)?.toString('utf8') ?? '';
  hash.update(configText);
  const config = readConfig(configText, configPath, problems);
  const dataDir = inSite(stringOr(config.data_dir, '_data'));
  const dataPaths = [...snapshot.paths].filter((path) => path.startsWith(`${dataDir}/`) && isDataFile(path)).sort();
  const dataFiles = new Map([...(await snapshot.read(dataPaths))].map(([path, content]) => [path, content.toString('utf8')]));
  for (const [path, text] of dataFiles) hash.update(`\0${path}\0${text}`);
  const siteData = readSiteData(dataDir, dataFiles, problems);
  return {
    dir,
    config,
    baseurl: stringOr(config.baseurl, '').replace(/\/+$/, ''),
    url: stringOr(config.url, '').replace(/\/+$/, ''),
    permalink: stringOr(config.permalink, 'date'),
    collections: readCollections(config, inSite),
    defaults: readDefaults(config),
    exclude: Array.isArray(config.exclude) ? config.exclude.filter((entry): entry is string => typeof entry === 'string') : [],
    includesDir: inSite(stringOr(config.includes_dir, '_includes')),
    dataDir,
    data: siteData.data,
    dataFiles: siteData.files,
    digest: hash.digest('base64url'),
  };
}

function readConfig(text: string, path: string, problems: ToolchainProblem[]): Record<string, unknown> {
  try {
    const config: unknown = parseYaml(text, { maxAliasCount: 100 });
    if (config !== null && typeof config === 'object' && !Array.isArray(config)) return config as Record<string, unknown>;
  } catch (error) {
    problems.push({ severity: 'warning', code: 'toolchain/unreadable-config', message: `_config.yml cannot be read: ${firstLine(error)}`, file: path });
  }
  return {};
}

/** `collections:` as a mapping or a list of names; posts are always one. Folders live under `collections_dir`. */
function readCollections(config: Record<string, unknown>, inSite: (name: string) => string): JekyllCollection[] {
  const declared = config.collections;
  const entries: [string, Record<string, unknown>][] = Array.isArray(declared)
    ? declared.filter((name): name is string => typeof name === 'string').map((name) => [name, {}])
    : declared !== null && typeof declared === 'object'
      ? Object.entries(declared as Record<string, unknown>).map(([name, options]) => [name, options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {}])
      : [];
  if (!entries.some(([name]) => name === 'posts')) entries.push(['posts', {}]);
  const container = stringOr(config.collections_dir, '').replace(/^\/+|\/+$/g, '');
  return entries.map(([label, options]) => ({
    label,
    dir: inSite(container === '' ? `_${label}` : `${container}/_${label}`),
    output: label === 'posts' ? options.output !== false : options.output === true,
    ...(typeof options.permalink === 'string' ? { permalink: options.permalink } : {}),
  }));
}

function readDefaults(config: Record<string, unknown>): FrontMatterDefault[] {
  if (!Array.isArray(config.defaults)) return [];
  return config.defaults.flatMap((entry): FrontMatterDefault[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { scope, values } = entry as { scope?: { path?: unknown; type?: unknown }; values?: unknown };
    if (values === null || typeof values !== 'object') return [];
    const path = typeof scope?.path === 'string' ? scope.path.replace(/^\/+|\/+$/g, '') : '';
    return [{ path, ...(typeof scope?.type === 'string' ? { type: scope.type } : {}), values: values as Record<string, unknown> }];
  });
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
