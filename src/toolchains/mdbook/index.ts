import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { findConfigUpwards } from '../shared/find-config.js';
import type { NavItem, Toolchain, ToolchainInput } from '../types.js';
import { readBookConfig } from './book-config.js';
import { convertChapter } from './convert-chapter.js';
import { findDirectives } from './directives.js';
import { readSummary } from './summary.js';

/**
 * mdbook (rust-lang.github.io/mdBook): `book.toml` names the sources folder, SUMMARY.md the chapters and their
 * order; the links preprocessor's `{{#include}}` & co. are expanded as mdbook expands them, mdbook-tabs become
 * the site's tabs, hidden code lines are left out.
 */
export const mdbook: Toolchain = {
  name: 'mdbook',
  configFile: /^book\.toml$/,
  detect: (paths, base) => findConfigUpwards(paths, base, ['book.toml']) ?? (paths.has(posix.join(base, 'SUMMARY.md')) ? '' : undefined),
  async prepare(input) {
    const { snapshot } = input;
    const configText = input.config ? (await snapshot.read([input.config])).get(input.config)?.toString('utf8') : undefined;
    const { config, problems } = readBookConfig(input.config, configText, input.source.base);
    const summaryPath = posix.join(config.srcDir, 'SUMMARY.md');
    const summaryText = (await snapshot.read([summaryPath])).get(summaryPath)?.toString('utf8');
    const summary = summaryText === undefined ? undefined : readSummary(summaryPath, summaryText, snapshot.paths);
    if (summary) problems.push(...summary.problems);
    const listed = new Set(summary ? navPaths(summary.nav.items) : []);
    const partials = new Set(includedFiles(input).filter((path) => !listed.has(path)));
    const inSources = (path: string) => config.srcDir === '' || path.startsWith(`${config.srcDir}/`);
    return {
      fingerprint: fingerprint(configText, summaryText, snapshot.paths),
      isPage: (path) => path !== summaryPath && inSources(path) && !partials.has(path),
      convert: (doc) => convertChapter(doc, { config, snapshot }),
      ...(summary ? { nav: summary.nav } : {}),
      problems,
    };
  },
};

/** Files the docs include: text for other chapters, not chapters of their own (unless SUMMARY.md lists them). */
function includedFiles(input: ToolchainInput): string[] {
  const included = new Set<string>();
  for (const [path, text] of input.docs) {
    for (const directive of findDirectives(text)) {
      if (directive.kind === 'include' || directive.kind === 'rustdoc_include') included.add(posix.join(posix.dirname(path), directive.path));
    }
  }
  return [...included];
}

function navPaths(items: readonly NavItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'page' ? [item.path] : item.kind === 'section' ? [...(item.path ? [item.path] : []), ...navPaths(item.items)] : []));
}

/** Conversions depend on the config, and on which chapter files exist (`.html` links become `.md` links). */
function fingerprint(configText: string | undefined, summaryText: string | undefined, paths: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(`mdbook\0${configText ?? ''}\0${summaryText ?? ''}\0`);
  for (const path of [...paths].filter((p) => p.endsWith('.md')).sort()) hash.update(`${path}\n`);
  return hash.digest('base64url');
}
