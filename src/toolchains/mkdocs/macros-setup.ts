import type { SourceSnapshot, ToolchainProblem } from '../types.js';
import { DEFAULT_MARKERS, type JinjaMarkers } from './jinja-tags.js';
import { hasFilesUnder, resolveInside, type MkdocsConfig, type Options } from './read-config.js';
import { isRecord, readYaml } from './read-yaml.js';
import type { MacrosSetup } from './render-macros.js';

/**
 * The mkdocs-macros plugin's rendering context from its options: the variables (`extra`, `config`, the
 * `include_yaml` files), the include folder (`include_dir`, else docs_dir) and the Jinja delimiters.
 * Folders are relative to where mkdocs runs: the config's folder, or the repository root when it is not there.
 */
export async function macrosSetup(config: MkdocsConfig, options: Options, snapshot: SourceSnapshot, problems: ToolchainProblem[]): Promise<{ setup: MacrosSetup; texts: string[] }> {
  const texts: string[] = [];
  const extra = isRecord(config.values.extra) ? config.values.extra : {};
  const variables: Record<string, unknown> = { extra, config: config.values };
  for (const entry of Array.isArray(options.include_yaml) ? options.include_yaml : []) {
    const [key, file] = typeof entry === 'string' ? [undefined, entry] : isRecord(entry) ? (Object.entries(entry)[0] ?? []) : [];
    const path = typeof file === 'string' ? resolveInside(config.projectDir, file) : undefined;
    const content = path === undefined ? undefined : (await snapshot.read([path])).get(path)?.toString('utf8');
    if (content === undefined) {
      problems.push({ severity: 'warning', code: 'toolchain/missing-include', message: `the macros plugin's include_yaml ${String(file)} is not in the repository`, file: config.file });
      continue;
    }
    texts.push(content);
    const read = readYaml(content);
    if (read.ok && isRecord(read.value)) Object.assign(variables, key ? { [key]: read.value } : read.value);
  }
  Object.assign(variables, extra);
  return {
    setup: { includeDir: includeDir(config, options, snapshot.paths, problems), variables, markers: markers(options), renderByDefault: options.render_by_default !== false },
    texts,
  };
}

function includeDir(config: MkdocsConfig, options: Options, paths: ReadonlySet<string>, problems: ToolchainProblem[]): string {
  const configured = typeof options.include_dir === 'string' && options.include_dir !== '' ? options.include_dir : undefined;
  if (!configured) return config.docsDir ?? config.projectDir;
  const candidates = [resolveInside(config.projectDir, configured), resolveInside('', configured)].filter((dir): dir is string => dir !== undefined);
  const existing = candidates.find((dir) => hasFilesUnder(paths, dir));
  if (existing !== undefined) return existing;
  problems.push({ severity: 'warning', code: 'toolchain/missing-include', message: `the macros plugin's include_dir ${configured} is not in the repository`, file: config.file });
  return candidates[0] ?? config.projectDir;
}

function markers(options: Options): JinjaMarkers {
  const pick = (key: string, fallback: string) => (typeof options[key] === 'string' && options[key] !== '' ? (options[key] as string) : fallback);
  return {
    blockStart: pick('j2_block_start_string', DEFAULT_MARKERS.blockStart),
    blockEnd: pick('j2_block_end_string', DEFAULT_MARKERS.blockEnd),
    variableStart: pick('j2_variable_start_string', DEFAULT_MARKERS.variableStart),
    variableEnd: pick('j2_variable_end_string', DEFAULT_MARKERS.variableEnd),
    commentStart: pick('j2_comment_start_string', DEFAULT_MARKERS.commentStart),
    commentEnd: pick('j2_comment_end_string', DEFAULT_MARKERS.commentEnd),
  };
}
