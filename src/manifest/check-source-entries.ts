import picomatch from 'picomatch';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkBase, checkConfigPath, checkGlob, checkLocalPath, checkTarget, normalizeRelativePath } from './check-manifest-paths.js';
import { checkRefName } from './check-ref-name.js';
import { checkRepoUrl } from './check-repo-url.js';
import { createManifestDiagnostic, reportValueProblem, type ManifestContext } from './manifest-diagnostic.js';
import { createIdAllocator } from './source-id.js';
import { formatManifestPath, quoteValue, type ValueProblem } from './value-problem.js';

type Entry = Record<string, unknown>;

function listEntries(data: unknown): [number, Entry][] {
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((entry, index): [number, Entry][] =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? [[index, entry as Entry]] : [],
  );
}

function checkString(context: ManifestContext, path: (string | number)[], value: unknown, check: (v: string) => ValueProblem | undefined): Diagnostic[] {
  if (typeof value !== 'string' || value === '') return [];
  const problem = check(value);
  return problem ? [reportValueProblem(context, path, value, problem)] : [];
}

function checkGlobList(context: ManifestContext, index: number, key: 'include' | 'exclude', value: unknown): Diagnostic[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((glob, i) => checkString(context, ['sources', index, key, i], glob, checkGlob));
}

/** An include glob whose fixed folder lies beside `base` can only match files that `base` cannot place. */
function checkIncludesUnderBase(context: ManifestContext, index: number, entry: Entry): Diagnostic[] {
  const { include, base } = entry;
  if (!Array.isArray(include) || typeof base !== 'string' || checkBase(base)) return [];
  const baseDir = normalizeRelativePath(base);
  if (baseDir === '' || baseDir === '.') return [];
  return include.flatMap((glob, i) => {
    if (typeof glob !== 'string' || glob.startsWith('!') || checkGlob(glob)) return [];
    const globDir = picomatch.scan(normalizeRelativePath(glob)).base;
    const related = globDir === '' || `${globDir}/`.startsWith(`${baseDir}/`) || `${baseDir}/`.startsWith(`${globDir}/`);
    if (related) return [];
    return [
      createManifestDiagnostic(context, {
        path: ['sources', index, 'include', i],
        code: 'manifest/include-outside-base',
        message: `${formatManifestPath(['sources', index, 'include', i])} ${quoteValue(glob)} only matches files outside base ${quoteValue(base)}.`,
        hint: 'Move this glob into a separate entry with its own base, or set base to a folder that holds every include glob.',
      }),
    ];
  });
}

function checkRepoOrPath(context: ManifestContext, index: number, entry: Entry): Diagnostic[] {
  if (entry.repo !== undefined || entry.path !== undefined) return [];
  return [
    createManifestDiagnostic(context, {
      path: ['sources', index],
      code: 'manifest/missing-repo',
      message: `${formatManifestPath(['sources', index])} has neither repo nor path.`,
      hint: 'Add the repository to fetch (repo: OWNER/NAME or a URL), or a working tree to read (path: FOLDER).',
    }),
  ];
}

function checkEntry(context: ManifestContext, index: number, entry: Entry): Diagnostic[] {
  const at = (key: string): (string | number)[] => ['sources', index, key];
  const hasPath = typeof entry.path === 'string';
  return [
    ...checkRepoOrPath(context, index, entry),
    ...checkString(context, at('repo'), entry.repo, checkRepoUrl),
    ...checkString(context, at('path'), entry.path, checkLocalPath),
    ...checkString(context, at('ref'), entry.ref, checkRefName),
    ...checkGlobList(context, index, 'include', entry.include),
    ...checkGlobList(context, index, 'exclude', entry.exclude),
    ...checkString(context, at('base'), entry.base, checkBase),
    ...checkString(context, at('config'), entry.config, checkConfigPath),
    ...checkIncludesUnderBase(context, index, entry),
    ...checkString(context, at('target'), entry.target, (target) => checkTarget(target, hasPath)),
  ];
}

function checkDuplicateIds(context: ManifestContext, entries: [number, Entry][]): Diagnostic[] {
  const firstIndex = new Map<string, number>();
  const suggestId = createIdAllocator(entries.flatMap(([, entry]) => (typeof entry.id === 'string' ? [entry.id] : [])));
  const diagnostics: Diagnostic[] = [];
  for (const [index, entry] of entries) {
    if (typeof entry.id !== 'string') continue;
    const first = firstIndex.get(entry.id);
    if (first === undefined) {
      firstIndex.set(entry.id, index);
      continue;
    }
    const firstLine = context.positions.valueAt(['sources', first, 'id']).line;
    diagnostics.push(
      createManifestDiagnostic(context, {
        path: ['sources', index, 'id'],
        code: 'manifest/duplicate-id',
        message: `${formatManifestPath(['sources', index, 'id'])} ${quoteValue(entry.id)} is already used by sources[${first}] (line ${firstLine}).`,
        hint: `Give every entry its own id, e.g. ${quoteValue(suggestId(entry.id))}.`,
      }),
    );
  }
  return diagnostics;
}

/** The rules the schema cannot express: safe repo URLs, git ref names, paths that stay inside their roots, unique ids. */
export function checkSourceEntries(context: ManifestContext): Diagnostic[] {
  const entries = listEntries(context.data);
  return [...entries.flatMap(([index, entry]) => checkEntry(context, index, entry)), ...checkDuplicateIds(context, entries)];
}
