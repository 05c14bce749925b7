import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { stripCredentials } from '../diagnostics/redact.js';
import type { TransformState } from './types.js';

/** Front matter problems, located at the upstream file and line. */
export function frontMatterDiagnostic(state: TransformState, problem: 'invalid' | 'site-key', detail: string, line?: number, column?: number): Diagnostic {
  const { source, doc } = state.input;
  const repo = source.repo ? stripCredentials(source.repo.web ?? source.repo.key) : undefined;
  const location = {
    source: source.id,
    ...(repo ? { repo } : {}),
    ...(source.commit ? { commit: source.commit } : {}),
    file: doc.from,
    ...(line !== undefined ? { line } : {}),
    ...(line !== undefined && column !== undefined ? { column } : {}),
  };
  if (problem === 'invalid') {
    return {
      severity: 'warning',
      code: 'front-matter/invalid-yaml',
      message: `front matter is not valid YAML (${detail}); the page is published without it`,
      ...location,
      hint: 'Fix the YAML between the `---` lines upstream (quote values that contain `: ` or start with special characters).',
    };
  }
  return {
    severity: 'warning',
    code: 'front-matter/site-owned-key',
    message: `front matter key "${detail}" is set by the site and was replaced`,
    ...location,
    hint: `Remove \`${detail}\` from the upstream front matter; the sync sets it from the repository (edit link, last change, provenance).`,
  };
}
