import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { SourceStatus } from './sources-data.js';

/** Infima badge colours (they follow the light and dark theme). */
const BADGE_CLASSES: Record<SourceStatus, string> = {
  synced: 'badge--success',
  unchanged: 'badge--secondary',
  stale: 'badge--warning',
  failed: 'badge--danger',
};

/** The status as a coloured badge; its text carries the meaning, the colour only repeats it. */
export default function StatusBadge({ status, label }: { status: SourceStatus; label: string }): ReactNode {
  return <span className={clsx('badge', BADGE_CLASSES[status])}>{label}</span>;
}
