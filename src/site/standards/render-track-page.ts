import type { PhrasingContent } from 'mdast';
import { describeValidity } from './describe-state.js';
import type { ScopePage, TrackPage } from './model-types.js';
import { bulletList, fileLink, heading, paragraph, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { stateLegend, standardsTable } from './standards-table.js';
import { describeTrack, titleOfTrack } from './tracks.js';

/** The page of one track: what it covers, its standards with their versions by state, and its certificate scopes. */
export function renderTrackPage(track: TrackPage, today: string): string {
  const title = titleOfTrack(track.name);
  const blocks: Block[] = [heading(1, title), paragraph(text(describeTrack(track.name)))];
  if (track.standards.length > 0) blocks.push(paragraph(...stateLegend(today)), standardsTable(track.path, track.standards));
  if (track.scopes.length > 0) {
    blocks.push(
      heading(2, 'Current scope versions'),
      paragraph(text(`Each scope lists which standards, in which versions, a cloud fulfils to be certified. Validity as of ${today}:`)),
      bulletList(track.scopes.map((scope) => scopeSummary(track.path, scope))),
    );
  }
  return renderMarkdownFile(
    {
      title,
      sidebar_label: track.name,
      description: describeTrack(track.name),
      ...(track.lastUpdate !== undefined ? { lastUpdate: track.lastUpdate } : {}),
    },
    blocks,
  );
}

/** `SCS-compatible IaaS: next (Draft), v5.1 (Effective)` (deprecated versions left out). */
export function scopeSummary(fromPath: string, scope: ScopePage): PhrasingContent[] {
  const current = scope.versions.filter((version) => version.validity.code !== 'deprecated');
  const states = current.map((version) => `${version.version} (${describeValidity(version.validity)})`).join(', ');
  return [fileLink(fromPath, scope.path, scope.scope.name), text(states === '' ? ' (no valid version)' : `: ${states}`)];
}
