import type { ValueProblem } from './value-problem.js';

const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const FORBIDDEN_CHARACTER = /[\u0000-\u0020\u007f~^:?*[\\]/;

const HINT = 'Use a branch or tag name that `git check-ref-format --branch` accepts (e.g. main, v1.2.0), or a full 40-character commit id.';

/** Why `ref` is not a name git accepts, following the rules of `git check-ref-format`; undefined when it is fine. */
export function describeRefProblem(ref: string): string | undefined {
  if (COMMIT_ID.test(ref)) return undefined;
  const forbidden = FORBIDDEN_CHARACTER.exec(ref)?.[0];
  if (forbidden !== undefined) return `contains the character ${JSON.stringify(forbidden)}`;
  if (ref.startsWith('-')) return 'starts with "-", so git would read it as an option';
  if (ref === '@') return 'is "@", which git reserves for HEAD';
  if (ref.includes('..')) return 'contains ".."';
  if (ref.includes('@{')) return 'contains "@{"';
  if (ref.startsWith('/') || ref.endsWith('/')) return 'starts or ends with "/"';
  if (ref.includes('//')) return 'contains "//"';
  if (ref.endsWith('.')) return 'ends with "."';
  for (const component of ref.split('/')) {
    if (component.startsWith('.')) return `has a part starting with ".": ${JSON.stringify(component)}`;
    if (component.endsWith('.lock')) return `has a part ending with ".lock": ${JSON.stringify(component)}`;
  }
  return undefined;
}

/** A branch, tag or full commit id as git accepts it. */
export function checkRefName(ref: string): ValueProblem | undefined {
  const reason = describeRefProblem(ref);
  return reason === undefined ? undefined : { code: 'manifest/invalid-ref', reason: `is not a valid git ref: it ${reason}`, hint: HINT };
}
