import type { PhrasingContent } from 'mdast';
import { describeValidity } from './describe-state.js';
import type { ScopeModuleRow, ScopePage, TrackPage } from './model-types.js';
import { fileLink, heading, inlineCode, link, paragraph, table, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { scopeSidebarLabel } from './tracks.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

/** The page of one certificate scope: its versions with their validity, and which standards each version requires. */
export function renderScopePage(page: ScopePage, track: TrackPage, today: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): string {
  const { name } = page.scope;
  const intro: PhrasingContent[] = [text(t.scope.intro(name)), fileLink(page.path, track.path, t.scope.trackLink(track.name))];
  if (page.specification) intro.push(text(t.scope.specifiedIn), fileLink(page.path, page.specification.path, page.specification.id));
  intro.push(text(t.scope.validityAsOf(today)));
  const blocks: Block[] = [heading(1, name), paragraph(...intro), heading(2, t.scope.versions), versionsTable(page, t)];
  if (page.rows.length > 0) {
    blocks.push(heading(2, t.scope.required), paragraph(text(t.scope.requiredIntro)), modulesTable(page, t));
  }
  return renderMarkdownFile(
    {
      title: name,
      sidebar_label: scopeSidebarLabel(name, t),
      description: t.scope.description(name),
    },
    blocks,
  );
}

function versionsTable(page: ScopePage, t: StandardsText): Block {
  const rows = page.versions.map((version) => [
    [text(version.version)],
    [text(describeValidity(version.validity, t))],
    [text(version.stabilizedAt !== undefined ? t.date(version.stabilizedAt) : '–')],
  ]);
  return table([t.columns.version, t.columns.validity, t.columns.stabilized], rows);
}

function modulesTable(page: ScopePage, t: StandardsText): Block {
  const versions = page.versions.map((version) => version.version);
  const shared = (row: ScopeModuleRow) => page.rows.some((other) => other !== row && other.module.name === row.module.name);
  const rows = page.rows.map((row) => [
    standardCell(page.path, row),
    shared(row) ? [text(`${row.module.name} `), inlineCode(row.module.id)] : [text(row.module.name)],
    ...versions.map((version) => [text(row.includedIn.includes(version) ? '✓' : '–')]),
  ]);
  return table([t.columns.standard, t.columns.module, ...versions], rows);
}

function standardCell(fromPath: string, row: ScopeModuleRow): PhrasingContent[] {
  if (row.document) return [fileLink(fromPath, row.document.path, `scs-${row.document.number}-${row.document.version}`)];
  if (row.module.url !== undefined) return [link(row.module.url, row.module.id)];
  return [text(row.module.id)];
}
