import type { ScopeValidity } from './model-types.js';
import type { ScopeVersionSpec, TimelineEntry } from './types.js';

/**
 * The validity code of a scope version on `today`, per scs-0003: each timeline entry holds from its date until
 * the next entry's; a stable version it does not list is `deprecated`. A version that is not stable yet (no
 * `stabilized_at`) cannot be certified whatever the timeline omits, so unlisted it counts as `draft`, as does every
 * version before the first entry. The first later entry that changes the code is announced as upcoming.
 */
export function computeScopeValidity(
  timeline: readonly TimelineEntry[],
  spec: Pick<ScopeVersionSpec, 'version' | 'stabilizedAt'>,
  today: string,
): ScopeValidity {
  const entries = listValidityTimeline(timeline, spec);
  const current = entries.filter((entry) => entry.date <= today).at(-1);
  const code = current?.code ?? 'draft';
  const change = entries.find((entry) => entry.date > today && entry.code !== code);
  return { code, ...(change ? { upcoming: { code: change.code, date: change.date } } : {}) };
}

export interface DatedValidity {
  /** From this date until the next entry's. */
  date: string;
  code: string;
}

/** The validity code of a scope version from each timeline entry on, oldest first (the rule of computeScopeValidity). */
export function listValidityTimeline(timeline: readonly TimelineEntry[], spec: Pick<ScopeVersionSpec, 'version' | 'stabilizedAt'>): DatedValidity[] {
  const entries = [...timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const unlisted = spec.stabilizedAt === undefined ? 'draft' : 'deprecated';
  return entries.map((entry) => ({ date: entry.date, code: entry.versions[spec.version] ?? unlisted }));
}

/** Validity codes scs-0003 defines; others are shown as written. */
export const KNOWN_VALIDITY_CODES: readonly string[] = ['effective', 'warn', 'draft', 'deprecated'];
