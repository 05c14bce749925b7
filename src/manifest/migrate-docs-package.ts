import { basename, posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import { checkBase, checkGlob, checkTarget, normalizeRelativePath } from './check-manifest-paths.js';
import { SCHEMA_MODELINE } from './defaults.js';
import { readDocsPackageEntry, type DocsPackageEntry } from './read-docs-package-entry.js';
import { renderManifestYaml, type ManifestEntryText } from './render-manifest-yaml.js';
import { expandRepoShorthand } from './repo-url.js';
import { createIdAllocator, deriveSourceId } from './source-id.js';
import { translateCopySource, type CopyRule } from './translate-copy-source.js';
import { formatManifestPath, quoteValue } from './value-problem.js';

type Where = Pick<Diagnostic, 'file' | 'repo'>;

interface Grouping {
  /** Include globs per base, in the order the old entry listed them. */
  groups: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

function flattenWarning(path: string, source: string, rule: CopyRule, where: Where): Diagnostic {
  return {
    severity: 'warning',
    code: 'migrate/flattened-glob',
    message:
      `${path} ${quoteValue(source)} has wildcards in a folder part: the old script copied the matches flat into one folder, ` +
      `the migrated entry keeps their sub-folders below ${quoteValue(rule.base || '.')}.`,
    ...where,
    hint: 'Check links to these files, or list the folders as separate sources.',
  };
}

function groupByBase(old: DocsPackageEntry, index: number, where: Where): Grouping {
  const grouping: Grouping = { groups: new Map(), diagnostics: [] };
  old.sources.forEach((source, j) => {
    const path = formatManifestPath(old.sources.length === 1 ? [index, 'source'] : [index, 'source', j]);
    const rule = translateCopySource(source);
    const problem = checkGlob(rule.include) ?? checkBase(rule.base);
    if (problem) {
      const message = `${path} ${quoteValue(source)} ${problem.reason}; it was left out.`;
      grouping.diagnostics.push({ severity: 'error', code: 'migrate/unsafe-source', message, ...where, hint: problem.hint });
      return;
    }
    if (rule.flattened) grouping.diagnostics.push(flattenWarning(path, source, rule, where));
    const globs = grouping.groups.get(rule.base) ?? [];
    if (!globs.includes(rule.include)) globs.push(rule.include);
    grouping.groups.set(rule.base, globs);
  });
  return grouping;
}

function checkMigratedTarget(target: string, index: number, entries: readonly ManifestEntryText[], where: Where): Diagnostic[] {
  const problem = checkTarget(target, false);
  if (!problem || !entries[0]) return [];
  const ids = entries.map((e) => e.id).join(', ');
  const message = `${formatManifestPath([index])} lands in ${quoteValue(target)}, which ${problem.reason}.`;
  return [{ severity: 'error', code: 'migrate/invalid-target', message, source: entries[0].id, ...where, hint: `Fix the target of ${ids} in the output. ${problem.hint}` }];
}

/** One old entry → one repos.yaml entry per distinct base, all landing in `<target>/<label>`. */
function migrateEntry(
  old: DocsPackageEntry,
  index: number,
  file: string,
  allocateId: (name: string) => string,
): { entries: ManifestEntryText[]; diagnostics: Diagnostic[] } {
  const where: Where = { file, repo: stripCredentials(expandRepoShorthand(old.repo)) };
  const { groups, diagnostics } = groupByBase(old, index, where);
  const target = normalizeRelativePath(posix.join(old.target, old.label));
  const label = old.label !== '' && !old.label.includes('/') ? old.label : undefined;
  const entries = [...groups].map(([base, include]): ManifestEntryText => ({
    id: allocateId(deriveSourceId(old.repo)),
    repo: old.repo,
    include,
    ...(base !== '' ? { base } : {}),
    target,
    ...(label !== undefined ? { label } : {}),
  }));
  const source = entries[0] ? { source: entries[0].id } : {};
  return {
    entries,
    diagnostics: [...diagnostics.map((d) => ({ ...source, ...d })), ...checkMigratedTarget(target, index, entries, where)],
  };
}

function headerFor(file: string): string[] {
  return [SCHEMA_MODELINE.replace(/^# /, ''), `Migrated from ${basename(file)} by the sync's --migrate; review ids, labels and sidebar positions.`];
}

/**
 * Converts the old site's docs.package.json (already parsed) into repos.yaml text that places every
 * file where the old `cp -r` did. Broken entries are reported and left out; the rest is still converted.
 */
export function migrateDocsPackage(json: unknown, file: string): { yaml: string; diagnostics: Diagnostic[] } {
  if (!Array.isArray(json)) {
    const hint = 'Give the old file: a JSON array of { "repo", "source", "target", "label" } objects.';
    const diagnostic: Diagnostic = { severity: 'error', code: 'migrate/not-a-list', message: 'docs.package.json must hold a list of entries.', file, hint };
    return { yaml: renderManifestYaml([], headerFor(file)), diagnostics: [diagnostic] };
  }
  const allocateId = createIdAllocator();
  const entries: ManifestEntryText[] = [];
  const diagnostics: Diagnostic[] = [];
  json.forEach((item, index) => {
    const read = readDocsPackageEntry(item, index, file);
    diagnostics.push(...read.diagnostics);
    if (!read.entry) return;
    const migrated = migrateEntry(read.entry, index, file, allocateId);
    entries.push(...migrated.entries);
    diagnostics.push(...migrated.diagnostics);
  });
  return { yaml: renderManifestYaml(entries, headerFor(file)), diagnostics };
}
