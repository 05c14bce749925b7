import type { StandardsModel } from './model-types.js';
import { bulletList, fileLink, heading, paragraph, text, type Block } from './markdown-nodes.js';
import { describeTemplate } from './parse-document-name.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { scopeSummary } from './render-track-page.js';
import { stateLegend, standardsTable } from './standards-table.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The overview: every standard of every track in one table, then the certificate scopes and the templates. */
export function renderOverviewPage(model: StandardsModel, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const path = model.overview.path;
  const standards = model.tracks.flatMap((track) => track.standards);
  const blocks: Block[] = [
    heading(1, t.overview.title),
    paragraph(
      text(t.overview.intro + t.overview.tracks),
      ...model.tracks.flatMap((track, index) => [...(index > 0 ? [text(', ')] : []), fileLink(path, track.path, track.name)]),
      text('.'),
    ),
    paragraph(...stateLegend(model.today, t)),
    standardsTable(path, standards, { tracks: model.tracks, text: t }),
  ];
  const scopes = model.tracks.flatMap((track) => track.scopes);
  if (scopes.length > 0) blocks.push(heading(2, t.overview.scopes), bulletList(scopes.map((scope) => scopeSummary(path, scope, t))));
  if (model.templates.length > 0) {
    blocks.push(
      heading(2, t.overview.templates),
      paragraph(text(t.overview.templatesIntro)),
      bulletList(model.templates.map((template) => [fileLink(path, template.path, describeTemplate(template.slug))])),
    );
  }
  return renderMarkdownFile(
    { title: t.overview.title, sidebar_label: t.overview.sidebarLabel, description: t.overview.description, ...lastUpdateOf(model) },
    blocks,
  );
}

function lastUpdateOf(model: StandardsModel): { lastUpdate?: string } {
  return model.overview.lastUpdate !== undefined ? { lastUpdate: model.overview.lastUpdate } : {};
}
