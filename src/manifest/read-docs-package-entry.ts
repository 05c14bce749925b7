import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkRepoUrl } from './check-repo-url.js';
import { formatManifestPath, quoteValue } from './value-problem.js';

/** One entry of the old site's docs.package.json: `cp -r <repo>/<source> <target>/<label>`. */
export interface DocsPackageEntry {
  repo: string;
  sources: string[];
  target: string;
  label: string;
}

export interface ReadResult {
  entry?: DocsPackageEntry;
  diagnostics: Diagnostic[];
}

const SHAPE = '{ "repo": "OWNER/NAME", "source": "docs/*", "target": "docs/guides", "label": "name" }';

function fail(file: string, index: number, key: string | undefined, message: string, hint: string): ReadResult {
  const path = formatManifestPath(key === undefined ? [index] : [index, key]);
  return { diagnostics: [{ severity: 'error', code: 'migrate/invalid-entry', message: `${path} ${message}`, file, hint }] };
}

function readSources(value: unknown): string[] | undefined {
  if (typeof value === 'string' && value.trim() !== '') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string' && s.trim() !== '')) return value as string[];
  return undefined;
}

/** Checks the shape of one old entry; a broken entry yields an error and no entry. */
export function readDocsPackageEntry(item: unknown, index: number, file: string): ReadResult {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return fail(file, index, undefined, 'is not an object.', `Each entry looks like ${SHAPE}.`);
  }
  const { repo, source, target, label } = item as Record<string, unknown>;
  if (typeof repo !== 'string') return fail(file, index, 'repo', 'is missing or not text.', 'Give the repository as "OWNER/NAME".');
  const repoProblem = checkRepoUrl(repo);
  if (repoProblem) return fail(file, index, 'repo', `${quoteValue(repo)} ${repoProblem.reason}.`, repoProblem.hint);
  const sources = readSources(source);
  if (!sources) return fail(file, index, 'source', 'must be a path or a non-empty list of paths.', 'e.g. "source": "docs/*" or "source": ["docs/a.md", "docs/b.md"].');
  if (typeof target !== 'string') return fail(file, index, 'target', 'is missing or not text.', 'Give the site folder, e.g. "target": "docs/guides".');
  if (label !== undefined && typeof label !== 'string') return fail(file, index, 'label', 'must be text.', 'Give the sub-folder name, e.g. "label": "monitoring", or "".');
  return { entry: { repo, sources, target, label: label ?? '' }, diagnostics: [] };
}
