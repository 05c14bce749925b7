import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lineAndColumn } from '../markdown/list-local-references.js';
import type { TransformState } from './types.js';

/** Where a transform found something: the doc's source, repo, commit and file, and the line and column of `offset`. */
export function locateInDoc(state: TransformState, offset: number): Pick<Diagnostic, 'source' | 'repo' | 'commit' | 'file' | 'line' | 'column'> {
  const { line, column } = lineAndColumn(state.text, offset);
  const { source, doc } = state.input;
  return { source: source.id, repo: source.repoUrl, commit: source.commit, file: doc.from, line, column };
}

/** Records a warning about what the doc has at `offset` (what the transform changed there, and how to fix it upstream). */
export function warnAt(state: TransformState, offset: number, problem: Pick<Diagnostic, 'code' | 'message' | 'hint'>): void {
  state.diagnostics.push({ severity: 'warning', code: problem.code, message: problem.message, ...locateInDoc(state, offset), ...(problem.hint !== undefined ? { hint: problem.hint } : {}) });
}
