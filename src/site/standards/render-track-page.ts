import type { PhrasingContent } from 'mdast';
import { describeValidity } from './describe-state.js';
import type { ScopePage, TrackPage } from './model-types.js';
import { bulletList, fileLink, heading, paragraph, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { stateLegend, standardsTable } from './standards-table.js';
import { describeTrack, titleOfTrack } from './tracks.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The page of one track: what it covers, its standards with their versions by state, and its certificate scopes. */
export function renderTrackPage(track: TrackPage, today: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const title = titleOfTrack(track.name, t);
  const blocks: Block[] = [heading(1, title), paragraph(text(describeTrack(track.name, t)))];
  if (track.standards.length > 0) blocks.push(paragraph(...stateLegend(today, t)), standardsTable(track.path, track.standards, { text: t }));
  if (track.scopes.length > 0) {
    blocks.push(
      heading(2, t.track.currentScopes),
      paragraph(text(t.track.scopesIntro(today))),
      bulletList(track.scopes.map((scope) => scopeSummary(track.path, scope, t))),
    );
  }
  return renderMarkdownFile(
    {
      title,
      sidebar_label: track.name,
      description: describeTrack(track.name, t),
      ...(track.lastUpdate !== undefined ? { lastUpdate: track.lastUpdate } : {}),
    },
    blocks,
  );
}

/** `SCS-compatible IaaS: next (Draft), v5.1 (Effective)` (deprecated versions left out). */
export function scopeSummary(fromPath: string, scope: ScopePage, t: StandardsText = ENGLISH_STANDARDS_TEXT): PhrasingContent[] {
  const current = scope.versions.filter((version) => version.validity.code !== 'deprecated');
  const states = current.map((version) => `${version.version} (${describeValidity(version.validity, t)})`).join(', ');
  return [fileLink(fromPath, scope.path, scope.scope.name), text(states === '' ? t.track.noValidVersion : `: ${states}`)];
}
