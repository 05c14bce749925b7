import { commitUrl, compareUrl } from './compare-url.js';
import type { SourceDiff } from './diff-snapshots.js';
import { describeChangeCounts, renderFileChanges } from './file-changes-markdown.js';
import { escapeMarkdown, link, shortCommit } from './markdown-text.js';

/** Markdown of what changed upstream between two reports or locks; unchanged sources are only counted. */
export function renderDiff(diffs: readonly SourceDiff[]): string {
  const changed = diffs.filter((d) => d.change !== 'unchanged');
  const lines = ['## Upstream changes', '', describeCounts(diffs), ''];
  if (changed.length > 0) {
    lines.push('| Source | Change | Commits | Files |', '| --- | --- | --- | --- |');
    for (const diff of changed) lines.push(`| ${escapeMarkdown(diff.id)} | ${diff.change} | ${describeCommits(diff)} | ${describeChangeCounts(diff.files)} |`);
    lines.push('', ...changed.flatMap((diff) => renderFileChanges(diff.id, diff.files)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function describeCounts(diffs: readonly SourceDiff[]): string {
  const count = (change: SourceDiff['change']) => diffs.filter((d) => d.change === change).length;
  if (diffs.length > 0 && count('unchanged') === diffs.length) return `No upstream changes: all ${diffs.length} sources are at the same commits.`;
  const parts = (['updated', 'added', 'removed', 'unchanged'] as const).filter((c) => count(c) > 0).map((c) => `${count(c)} ${c}`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'No sources on either side.';
}

function describeCommits(diff: SourceDiff): string {
  const commit = (id: string | null) => (id ? link(shortCommit(id), commitUrl(diff.repo, id)) : '–');
  if (diff.from && diff.to && diff.from !== diff.to) {
    return link(`${shortCommit(diff.from)} → ${shortCommit(diff.to)}`, compareUrl(diff.repo, diff.from, diff.to));
  }
  return diff.change === 'removed' ? `${commit(diff.from)} → –` : commit(diff.to);
}
