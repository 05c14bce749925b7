import type { StandardsModel } from './model-types.js';
import { bulletList, fileLink, heading, paragraph, text, type Block } from './markdown-nodes.js';
import { describeTemplate } from './parse-document-name.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { scopeSummary } from './render-track-page.js';
import { stateLegend, standardsTable } from './standards-table.js';

const DESCRIPTION = 'Every SCS standard and decision record across all tracks, with the state of each of its versions.';

/** The overview: every standard of every track in one table, then the certificate scopes and the templates. */
export function renderOverviewPage(model: StandardsModel): string {
  const path = model.overview.path;
  const standards = model.tracks.flatMap((track) => track.standards);
  const blocks: Block[] = [
    heading(1, 'Standards overview'),
    paragraph(
      text('Every SCS standard and decision record, one row per document number. Tracks: '),
      ...model.tracks.flatMap((track, index) => [...(index > 0 ? [text(', ')] : []), fileLink(path, track.path, track.name)]),
      text('.'),
    ),
    paragraph(...stateLegend(model.today)),
    standardsTable(path, standards, { tracks: model.tracks }),
  ];
  const scopes = model.tracks.flatMap((track) => track.scopes);
  if (scopes.length > 0) blocks.push(heading(2, 'Certificate scopes'), bulletList(scopes.map((scope) => scopeSummary(path, scope))));
  if (model.templates.length > 0) {
    blocks.push(
      heading(2, 'Templates'),
      paragraph(text('Start a new document from one of these:')),
      bulletList(model.templates.map((template) => [fileLink(path, template.path, describeTemplate(template.slug))])),
    );
  }
  return renderMarkdownFile(
    { title: 'Standards overview', sidebar_label: 'Overview', description: DESCRIPTION, ...lastUpdateOf(model) },
    blocks,
  );
}

function lastUpdateOf(model: StandardsModel): { lastUpdate?: string } {
  return model.overview.lastUpdate !== undefined ? { lastUpdate: model.overview.lastUpdate } : {};
}
