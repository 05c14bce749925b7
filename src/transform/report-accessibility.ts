import { ACCESSIBILITY_CODE_PREFIX } from '../diagnostics/accessibility-codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AccessibilityProblem } from '../markdown/find-accessibility-problems.js';
import { warnAt } from './transform-warning.js';
import type { TransformState } from './types.js';

/** Warns, at the upstream line, about what makes the page hard to use (found by the doc's analysis). */
export function reportAccessibility(state: TransformState, problems: readonly AccessibilityProblem[]): void {
  for (const problem of problems) warnAt(state, problem.offset, describe(problem));
}

function describe(problem: AccessibilityProblem): Pick<Diagnostic, 'code' | 'message' | 'hint'> {
  const code = `${ACCESSIBILITY_CODE_PREFIX}${problem.kind}`;
  switch (problem.kind) {
    case 'image-alt':
      return {
        code,
        message: `image ${problem.detail} has no alt text: screen readers cannot say what it shows`,
        hint: 'Describe the image in its alt text upstream (`![what it shows](…)`, `<img alt="what it shows">`); a purely decorative html image gets `alt=""` explicitly.',
      };
    case 'link-text':
      return {
        code,
        message: `link text "${problem.detail}" does not say where the link goes (screen readers list links by their text)`,
        hint: 'Make the link text name its target upstream, e.g. `see the [installation guide](…)` instead of `[here](…)` or a bare URL.',
      };
    case 'heading-level':
      return {
        code,
        message: `heading level skipped (${problem.detail}): screen reader users navigate by heading levels`,
        hint: 'Use the next heading level upstream (a section of an h2 is an h3), or restructure the headings.',
      };
    case 'table-header':
      return {
        code,
        message: `${problem.detail} has no header row: screen readers cannot name the columns`,
        hint: 'Give the table a header row upstream (column names in the first row of a markdown table, `<th>` cells in html).',
      };
  }
}
