import { commitUrl, compareUrl } from './compare-url.js';
import { link, shortCommit } from './markdown-text.js';
import type { SourceReport } from './types.js';

/** What happened to a source, in the words of the summary. */
export type SourceChange = 'updated' | 'new' | 'unchanged' | 'stale' | 'failed' | 'local';

export function describeSourceChange(source: SourceReport): SourceChange {
  if (source.status === 'stale' || source.status === 'failed') return source.status;
  if (source.commit === null) return 'local';
  if (source.status === 'unchanged') return 'unchanged';
  const previous = source.previousCommit ?? null;
  if (previous === null) return 'new';
  return previous === source.commit ? 'unchanged' : 'updated';
}

/** The commit cell: old → new with a compare link, or the one commit with its link. */
export function describeCommits(source: SourceReport): string {
  const change = describeSourceChange(source);
  if (change === 'local') return 'working tree';
  if (source.commit === null) return '–';
  const current = link(shortCommit(source.commit), commitUrl(source.repo, source.commit));
  if (change === 'updated' && source.previousCommit) {
    const text = `${shortCommit(source.previousCommit)} → ${shortCommit(source.commit)}`;
    return link(text, compareUrl(source.repo, source.previousCommit, source.commit));
  }
  return change === 'stale' ? `${current} (last good)` : current;
}
