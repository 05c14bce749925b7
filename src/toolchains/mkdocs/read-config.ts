import { posix } from 'node:path';
import type { SourceSnapshot, ToolchainProblem } from '../types.js';
import { isRecord, readYaml } from './read-yaml.js';

export type Options = Record<string, unknown>;

/** What the reader uses of an mkdocs.yml (and the files it INHERITs from). */
export interface MkdocsConfig {
  /** Snapshot path of the config file. */
  file: string;
  /** Its folder, '' for the repository root: mkdocs' project dir. */
  projectDir: string;
  /** Snapshot path of `docs_dir` ('' for the repository root); undefined when it leaves the repository. */
  docsDir: string | undefined;
  useDirectoryUrls: boolean;
  nav?: unknown[];
  /** `markdown_extensions` by short name (`admonition`, `pymdownx.snippets`, …) with their options. */
  extensions: ReadonlyMap<string, Options>;
  /** Enabled `plugins` by name (`macros`, `awesome-pages`, …) with their options. */
  plugins: ReadonlyMap<string, Options>;
  /** `theme.features` (mkdocs-material). */
  features: readonly string[];
  /** The whole merged config: what templates see as `config`. */
  values: Options;
  /** Every config text read (the file and what it inherits), for the fingerprint. */
  texts: string[];
}

/** Python-Markdown's `extra` is these extensions together. */
const EXTRA = ['abbr', 'attr_list', 'def_list', 'fenced_code', 'footnotes', 'md_in_html', 'tables'];

/** Reads an mkdocs config, following `INHERIT`; problems are reported, never thrown. */
export async function readMkdocsConfig(snapshot: SourceSnapshot, file: string, problems: ToolchainProblem[]): Promise<MkdocsConfig> {
  const texts: string[] = [];
  const values = await readMerged(snapshot, file, problems, texts, new Set());
  const projectDir = dirOf(file);
  const docsDir = resolveInside(projectDir, typeof values.docs_dir === 'string' ? values.docs_dir : 'docs');
  if (docsDir === undefined) problems.push({ severity: 'warning', code: 'toolchain/config-unreadable', message: `docs_dir ${String(values.docs_dir)} leaves the repository`, file });
  const theme = isRecord(values.theme) ? values.theme : {};
  return {
    file,
    projectDir,
    docsDir,
    useDirectoryUrls: values.use_directory_urls !== false,
    ...(Array.isArray(values.nav) ? { nav: values.nav } : {}),
    extensions: extensionMap(values.markdown_extensions),
    plugins: pluginMap(values.plugins),
    features: Array.isArray(theme.features) ? theme.features.filter((f): f is string => typeof f === 'string') : [],
    values,
    texts,
  };
}

async function readMerged(snapshot: SourceSnapshot, file: string, problems: ToolchainProblem[], texts: string[], seen: Set<string>): Promise<Options> {
  seen.add(file);
  const content = (await snapshot.read([file])).get(file);
  if (!content) {
    problems.push({ severity: 'warning', code: 'toolchain/config-unreadable', message: `${file} is not in the repository`, file });
    return {};
  }
  const text = content.toString('utf8');
  texts.push(text);
  const read = readYaml(text);
  if (!read.ok || !isRecord(read.value)) {
    problems.push({ severity: 'warning', code: 'toolchain/config-unreadable', message: `${file} is not a YAML mapping${read.ok ? '' : `: ${read.message}`}`, file });
    return {};
  }
  const own = read.value;
  const parent = typeof own.INHERIT === 'string' ? resolveInside(dirOf(file), own.INHERIT) : undefined;
  if (parent === undefined || seen.has(parent)) return own;
  return mergeConfig(await readMerged(snapshot, parent, problems, texts, seen), own);
}

/** mkdocs' INHERIT: mappings merge deeply (the child wins), extensions and plugins merge by name. */
function mergeConfig(parent: Options, child: Options): Options {
  const merged: Options = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    const base = parent[key];
    if (key === 'markdown_extensions' || key === 'plugins') merged[key] = Object.fromEntries([...namedEntries(base), ...namedEntries(value)]);
    else merged[key] = isRecord(base) && isRecord(value) ? mergeConfig(base, value) : value;
  }
  return merged;
}

/** `[name, {options}]` of a list (`- name`, `- name: {options}`) or mapping of extensions or plugins. */
function namedEntries(value: unknown): Array<[string, Options]> {
  const entries: Array<[string, Options]> = [];
  const items = Array.isArray(value) ? value : isRecord(value) ? Object.entries(value).map(([name, options]) => ({ [name]: options })) : [];
  for (const item of items) {
    if (typeof item === 'string') entries.push([item, {}]);
    else if (isRecord(item)) for (const [name, options] of Object.entries(item)) entries.push([name, isRecord(options) ? options : {}]);
  }
  return entries;
}

function extensionMap(value: unknown): Map<string, Options> {
  const map = new Map<string, Options>();
  for (const [name, options] of namedEntries(value)) {
    const short = name.replace(/^markdown\.extensions\./, '');
    if (short === 'extra') for (const part of EXTRA) map.set(part, options);
    else map.set(short, options);
  }
  return map;
}

function pluginMap(value: unknown): Map<string, Options> {
  const map = new Map<string, Options>();
  for (const [name, options] of namedEntries(value)) if (options.enabled !== false) map.set(name.replace(/^material\//, ''), options);
  return map;
}

function dirOf(path: string): string {
  const dir = posix.dirname(path);
  return dir === '.' ? '' : dir;
}

/** Whether the snapshot has a file in `dir` ('' for the root) or below it. */
export function hasFilesUnder(paths: ReadonlySet<string>, dir: string): boolean {
  if (dir === '') return paths.size > 0;
  for (const path of paths) if (path.startsWith(`${dir}/`)) return true;
  return false;
}

/** `relative` joined to `dir` as a snapshot path ('' for the root), or undefined when it leaves the repository. */
export function resolveInside(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(dir || '.', relative)).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined;
}
