import type { StandardDocument, VersionState } from './types.js';

type Dated = Pick<StandardDocument, 'status' | 'stabilizedAt' | 'deprecatedAt'>;

/**
 * A version's state on `today` (ISO date). The dates decide, as the standards process defines them:
 * - no `stabilized_at`, or one in the future → draft (with "effective from" when the date is set);
 * - stabilized, and no `deprecated_at` or one in the future → effective (with "deprecated from" when set);
 * - `deprecated_at` reached → deprecated.
 * Front matter `status` adds what dates cannot say: `Rejected` is final whatever the dates, and a version
 * marked `Deprecated` without a `deprecated_at` is deprecated. Other statuses (Draft, Proposal, Stable…)
 * follow the dates.
 */
export function computeVersionState(document: Dated, today: string): VersionState {
  const status = document.status?.trim().toLowerCase();
  if (status === 'rejected') return { state: 'rejected' };
  const { stabilizedAt, deprecatedAt } = document;
  if (status === 'deprecated' && deprecatedAt === undefined) return { state: 'deprecated' };
  if (stabilizedAt === undefined || stabilizedAt > today) {
    return { state: 'draft', ...(stabilizedAt !== undefined ? { effectiveFrom: stabilizedAt } : {}) };
  }
  if (deprecatedAt !== undefined && deprecatedAt <= today) return { state: 'deprecated' };
  return { state: 'effective', ...(deprecatedAt !== undefined ? { deprecatedFrom: deprecatedAt } : {}) };
}

/** Whether a document says anything about its own state (supplements usually do not). */
export function hasOwnState(document: Dated): boolean {
  return document.status !== undefined || document.stabilizedAt !== undefined || document.deprecatedAt !== undefined;
}
