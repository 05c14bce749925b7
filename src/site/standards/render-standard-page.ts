import type { PhrasingContent } from 'mdast';
import { describeState } from './describe-state.js';
import type { StandardPage, SupplementEntry, TrackPage } from './model-types.js';
import { bulletList, fileLink, heading, joinPhrasing, paragraph, table, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The page of one standard: its versions with their states and dates, its supplements, its certificate scopes. */
export function renderStandardPage(page: StandardPage, track: TrackPage, today: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const title = `${page.id}: ${page.title}`;
  const blocks: Block[] = [heading(1, title)];
  if (page.description !== undefined) blocks.push(paragraph(text(page.description)));
  blocks.push(
    paragraph(text(t.standard.track), fileLink(page.path, track.path, track.name), ...(page.type ? [text(` · ${t.standard.type}: ${page.type}`)] : [])),
    heading(2, t.standard.versions),
    paragraph(text(t.standard.statesAsOf(today))),
    versionsTable(page, t),
  );
  if (page.supplements.length > 0) blocks.push(heading(2, t.standard.supplements), supplementsTable(page, t));
  if (page.scopes.length > 0) {
    blocks.push(
      heading(2, t.standard.scopes),
      paragraph(text(t.standard.scopesIntro)),
      bulletList(page.scopes.map((scope) => [fileLink(page.path, scope.path, scope.scope.name)])),
    );
  }
  return renderMarkdownFile(
    {
      title,
      sidebar_label: page.id,
      description: page.description ?? t.standard.description(page.id, page.title),
      ...(page.lastUpdate !== undefined ? { lastUpdate: page.lastUpdate } : {}),
    },
    blocks,
  );
}

function versionsTable(page: StandardPage, t: StandardsText): Block {
  const rows = page.versions.map(({ document, state }) => [
    [fileLink(page.path, document.path, document.version)],
    [text(document.title)],
    [text(document.type ?? '–')],
    [text(describeState(state, t))],
    [text(document.stabilizedAt !== undefined ? t.date(document.stabilizedAt) : '–')],
    [text(document.deprecatedAt !== undefined ? t.date(document.deprecatedAt) : '–')],
  ]);
  const { columns } = t;
  return table([columns.version, columns.title, columns.type, columns.state, columns.stabilized, columns.deprecated], rows);
}

function supplementsTable(page: StandardPage, t: StandardsText): Block {
  const withState = page.supplements.some((supplement) => supplement.state !== undefined);
  const rows = page.supplements.map((supplement) => [
    [fileLink(page.path, supplement.document.path, supplement.document.version)],
    [text(supplement.document.title)],
    appliesTo(page.path, supplement),
    ...(withState ? [[text(supplement.state ? describeState(supplement.state, t) : '–')]] : []),
  ]);
  const { columns } = t;
  return table([columns.supplement, columns.title, columns.appliesTo, ...(withState ? [columns.state] : [])], rows);
}

function appliesTo(fromPath: string, supplement: SupplementEntry): PhrasingContent[] {
  return joinPhrasing(supplement.appliesTo.map((version) => [fileLink(fromPath, version.path, version.version)]));
}
