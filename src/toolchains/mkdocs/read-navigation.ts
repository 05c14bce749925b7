import { posix } from 'node:path';
import type { NavTree, SourceSnapshot, ToolchainProblem } from '../types.js';
import { readAwesomeNav } from './awesome-nav.js';
import { readMkdocsNav } from './mkdocs-nav.js';
import type { MkdocsConfig } from './read-config.js';
import { isRecord, readYaml } from './read-yaml.js';

export interface NavigationInput {
  config?: MkdocsConfig;
  docsDir: string;
  snapshot: SourceSnapshot;
  /** The pages under docs_dir the source imports. */
  pages: readonly string[];
}

/**
 * The site's navigation: mkdocs.yml's `nav` (its `...` filled by awesome-pages when that plugin is on), else the
 * awesome-pages / awesome-nav files of the folders. Undefined without either: mkdocs then orders the folders itself.
 * Returns the nav files it read, for the fingerprint.
 */
export async function readNavigation(input: NavigationInput, problems: ToolchainProblem[]): Promise<{ nav?: NavTree; texts: string[] }> {
  const { config, docsDir } = input;
  const plugins = config?.plugins;
  const flavor = plugins?.has('awesome-nav') ? 'nav' : plugins?.has('awesome-pages') ? 'pages' : undefined;
  const features = config?.features ?? [];
  const pluginOptions = (flavor && plugins?.get(flavor === 'nav' ? 'awesome-nav' : 'awesome-pages')) || {};
  const navFileName = typeof pluginOptions.filename === 'string' ? pluginOptions.filename : flavor === 'nav' ? '.nav.yml' : '.pages';
  // without a config, nav files of either plugin are read as what the site would use
  const names = config ? (flavor ? [navFileName] : []) : ['.pages', '.nav.yml'];
  const { navFiles, texts, first } = await readNavFiles(input, names, problems);
  const awesome = (pages: readonly string[]) =>
    readAwesomeNav({ flavor: flavor ?? (first?.endsWith('.nav.yml') ? 'nav' : 'pages'), docsDir, pages, navFiles, pluginOptions });
  if (config?.nav && flavor !== 'nav') {
    const items = readMkdocsNav(config.nav, {
      docsDir,
      sectionIndexes: features.includes('navigation.indexes'),
      expanded: features.includes('navigation.expand'),
      ...(flavor === 'pages' ? { rest: (listed: ReadonlySet<string>) => awesome(input.pages.filter((page) => !listed.has(page))) } : {}),
    });
    return { nav: { file: config.file, items }, texts };
  }
  if (first === undefined) return { texts };
  return { nav: { file: first, items: awesome(input.pages) }, texts };
}

async function readNavFiles(input: NavigationInput, names: readonly string[], problems: ToolchainProblem[]) {
  const files = [...input.snapshot.paths].filter((path) => names.includes(posix.basename(path)) && (input.docsDir === '' || path.startsWith(`${input.docsDir}/`))).sort();
  const contents = await input.snapshot.read(files);
  const navFiles = new Map<string, Record<string, unknown>>();
  const texts: string[] = [];
  for (const file of files) {
    const text = contents.get(file)?.toString('utf8') ?? '';
    texts.push(text);
    const read = readYaml(text);
    if (read.ok && (isRecord(read.value) || read.value === null)) navFiles.set(posix.dirname(file) === '.' ? '' : posix.dirname(file), isRecord(read.value) ? read.value : {});
    else problems.push({ severity: 'warning', code: 'toolchain/config-unreadable', message: `${file} is not a YAML mapping${read.ok ? '' : `: ${read.message}`}; ignored`, file });
  }
  const root = files.find((file) => posix.dirname(file) === (input.docsDir || '.'));
  return { navFiles, texts, first: root ?? files[0] };
}
