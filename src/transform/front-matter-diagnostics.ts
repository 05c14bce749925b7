import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { TransformState } from './types.js';

/** A front matter problem found in one doc; each becomes a warning at the upstream file and line. */
export type FrontMatterProblem =
  | { kind: 'invalid'; reason: string }
  | { kind: 'site-key'; key: string }
  | { kind: 'dropped-key'; key: string; reason: string }
  | { kind: 'route-collision'; keys: readonly string[]; route: string; owner: string; fallback?: string }
  | { kind: 'place-collision'; route: string; owner: string; now: string };

function describe(problem: FrontMatterProblem): Pick<Diagnostic, 'code' | 'message' | 'hint'> {
  switch (problem.kind) {
    case 'invalid':
      return {
        code: 'front-matter/invalid-yaml',
        message: `front matter is not valid YAML (${problem.reason}); the page is published without it`,
        hint: 'Fix the YAML between the `---` lines upstream (quote values that contain `: ` or start with special characters).',
      };
    case 'site-key':
      return {
        code: 'front-matter/site-owned-key',
        message: `front matter key "${problem.key}" is set by the site and was replaced`,
        hint: `Remove \`${problem.key}\` from the upstream front matter; the sync sets it from the repository (edit link, last change, provenance).`,
      };
    case 'dropped-key':
      return {
        code: 'front-matter/dropped-key',
        message: `front matter key "${problem.key}" ${problem.reason}; it was removed`,
        hint: `Remove or fix \`${problem.key}\` in the upstream front matter.`,
      };
    case 'route-collision': {
      const keys = problem.keys.map((key) => `"${key}"`).join(' and ');
      const now = problem.fallback ? `; the page is published at ${problem.fallback} instead` : '';
      return {
        code: 'front-matter/route-collision',
        message: `front matter ${keys} would publish this page at ${problem.route}, the URL of ${problem.owner}; ${problem.keys.length > 1 ? 'they were' : 'it was'} removed${now}`,
        hint: `Give the page another \`${problem.keys[0]}\` upstream, or exclude one of the two pages in repos.yaml.`,
      };
    }
    case 'place-collision':
      return {
        code: 'front-matter/route-collision',
        message: `this page and ${problem.owner} would both be published at ${problem.route}; this one is published at ${problem.now}`,
        hint: 'Rename one of the two files upstream (or give one a `slug`), or exclude one of them in repos.yaml.',
      };
  }
}

/** Front matter problems, located at the upstream file and line. */
export function frontMatterDiagnostic(state: TransformState, problem: FrontMatterProblem, line?: number, column?: number): Diagnostic {
  const { source, doc } = state.input;
  const repo = source.repo ? stripCredentials(source.repo.web ?? source.repo.key) : undefined;
  const { code, message, hint } = describe(problem);
  return {
    severity: 'warning',
    code,
    message,
    source: source.id,
    ...(repo ? { repo } : {}),
    ...(source.commit ? { commit: source.commit } : {}),
    file: doc.from,
    ...(line !== undefined ? { line } : {}),
    ...(line !== undefined && column !== undefined ? { column } : {}),
    hint,
  };
}
