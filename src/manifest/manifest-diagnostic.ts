import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import { checkRepoUrl } from './check-repo-url.js';
import { expandRepoShorthand } from './repo-url.js';
import { formatManifestPath, quoteValue, type ValueProblem } from './value-problem.js';
import type { ManifestPath, PositionFinder } from './yaml-positions.js';

/** What every manifest diagnostic needs: the file as the user named it, the parsed data, positions. */
export interface ManifestContext {
  file: string;
  data: unknown;
  positions: PositionFinder;
}

const VALID_ID = /^[a-z0-9][a-z0-9-]*$/;

function entryAt(data: unknown, path: ManifestPath): Record<string, unknown> | undefined {
  if (path[0] !== 'sources' || typeof path[1] !== 'number') return undefined;
  const sources = (data as { sources?: unknown } | null)?.sources;
  const entry = Array.isArray(sources) ? (sources[path[1]] as unknown) : undefined;
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : undefined;
}

/** Source id and repo of the entry a path points into, when they are themselves valid. */
function describeEntry(data: unknown, path: ManifestPath): Pick<Diagnostic, 'source' | 'repo'> {
  const entry = entryAt(data, path);
  const id = entry?.id;
  const repo = entry?.repo;
  return {
    ...(typeof id === 'string' && VALID_ID.test(id) ? { source: id } : {}),
    ...(typeof repo === 'string' && !checkRepoUrl(repo) ? { repo: stripCredentials(expandRepoShorthand(repo)) } : {}),
  };
}

export interface ProblemAt {
  path: ManifestPath;
  /** Point at the key (unknown keys) or at the value (everything else). */
  at?: 'key' | 'value';
  code: string;
  message: string;
  hint: string;
}

export function createManifestDiagnostic(context: ManifestContext, problem: ProblemAt): Diagnostic {
  const position = problem.at === 'key' ? context.positions.keyAt(problem.path) : context.positions.valueAt(problem.path);
  return {
    severity: 'error',
    code: problem.code,
    message: stripCredentials(problem.message),
    ...describeEntry(context.data, problem.path),
    file: context.file,
    line: position.line,
    column: position.column,
    hint: stripCredentials(problem.hint),
  };
}

/** `sources[2].ref "a..b" is not a valid git ref: it contains "..".` */
export function reportValueProblem(context: ManifestContext, path: ManifestPath, value: string, problem: ValueProblem): Diagnostic {
  return createManifestDiagnostic(context, {
    path,
    code: problem.code,
    message: `${formatManifestPath(path)} ${quoteValue(value)} ${problem.reason}.`,
    hint: problem.hint,
  });
}
