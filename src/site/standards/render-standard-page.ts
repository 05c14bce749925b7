import type { PhrasingContent } from 'mdast';
import { describeState } from './describe-state.js';
import type { StandardPage, SupplementEntry, TrackPage } from './model-types.js';
import { bulletList, fileLink, heading, joinPhrasing, paragraph, table, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';

/** The page of one standard: its versions with their states and dates, its supplements, its certificate scopes. */
export function renderStandardPage(page: StandardPage, track: TrackPage, today: string): string {
  const title = `${page.id}: ${page.title}`;
  const blocks: Block[] = [heading(1, title)];
  if (page.description !== undefined) blocks.push(paragraph(text(page.description)));
  blocks.push(
    paragraph(text('Track: '), fileLink(page.path, track.path, track.name), ...(page.type ? [text(` · Type: ${page.type}`)] : [])),
    heading(2, 'Versions'),
    paragraph(text(`States as of ${today}.`)),
    versionsTable(page),
  );
  if (page.supplements.length > 0) blocks.push(heading(2, 'Supplements'), supplementsTable(page));
  if (page.scopes.length > 0) {
    blocks.push(
      heading(2, 'Certificate scopes'),
      paragraph(text('The versions of the scope this standard specifies, their validity and the standards they require:')),
      bulletList(page.scopes.map((scope) => [fileLink(page.path, scope.path, scope.scope.name)])),
    );
  }
  return renderMarkdownFile(
    {
      title,
      sidebar_label: page.id,
      description: page.description ?? `The versions and supplements of ${page.id} (${page.title}) and their states.`,
      ...(page.lastUpdate !== undefined ? { lastUpdate: page.lastUpdate } : {}),
    },
    blocks,
  );
}

function versionsTable(page: StandardPage): Block {
  const rows = page.versions.map(({ document, state }) => [
    [fileLink(page.path, document.path, document.version)],
    [text(document.title)],
    [text(document.type ?? '–')],
    [text(describeState(state))],
    [text(document.stabilizedAt ?? '–')],
    [text(document.deprecatedAt ?? '–')],
  ]);
  return table(['Version', 'Title', 'Type', 'State', 'Stabilized', 'Deprecated'], rows);
}

function supplementsTable(page: StandardPage): Block {
  const withState = page.supplements.some((supplement) => supplement.state !== undefined);
  const rows = page.supplements.map((supplement) => [
    [fileLink(page.path, supplement.document.path, supplement.document.version)],
    [text(supplement.document.title)],
    appliesTo(page.path, supplement),
    ...(withState ? [[text(supplement.state ? describeState(supplement.state) : '–')]] : []),
  ]);
  return table(['Supplement', 'Title', 'Applies to', ...(withState ? ['State'] : [])], rows);
}

function appliesTo(fromPath: string, supplement: SupplementEntry): PhrasingContent[] {
  return joinPhrasing(supplement.appliesTo.map((version) => [fileLink(fromPath, version.path, version.version)]));
}
