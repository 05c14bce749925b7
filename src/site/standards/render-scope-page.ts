import type { PhrasingContent } from 'mdast';
import { describeValidity } from './describe-state.js';
import type { ScopeModuleRow, ScopePage, TrackPage } from './model-types.js';
import { fileLink, heading, inlineCode, link, paragraph, table, text, type Block } from './markdown-nodes.js';
import { renderMarkdownFile } from './render-markdown-file.js';
import { scopeSidebarLabel } from './tracks.js';

/** The page of one certificate scope: its versions with their validity, and which standards each version requires. */
export function renderScopePage(page: ScopePage, track: TrackPage, today: string): string {
  const { name } = page.scope;
  const intro: PhrasingContent[] = [text(`The certificate scope ${name} of the `), fileLink(page.path, track.path, `${track.name} track`)];
  if (page.specification) intro.push(text(', specified in '), fileLink(page.path, page.specification.path, page.specification.id));
  intro.push(text(`. Validity as of ${today}, from the scope's timeline: only effective versions can be certified.`));
  const blocks: Block[] = [heading(1, name), paragraph(...intro), heading(2, 'Versions'), versionsTable(page)];
  if (page.rows.length > 0) {
    blocks.push(heading(2, 'Required standards'), paragraph(text('The modules each version includes (✓), with the standard version they test:')), modulesTable(page));
  }
  return renderMarkdownFile(
    {
      title: name,
      sidebar_label: scopeSidebarLabel(name),
      description: `The versions of the certificate scope ${name}, their validity and the standards each version requires.`,
    },
    blocks,
  );
}

function versionsTable(page: ScopePage): Block {
  const rows = page.versions.map((version) => [[text(version.version)], [text(describeValidity(version.validity))], [text(version.stabilizedAt ?? '–')]]);
  return table(['Version', 'Validity', 'Stabilized'], rows);
}

function modulesTable(page: ScopePage): Block {
  const versions = page.versions.map((version) => version.version);
  const shared = (row: ScopeModuleRow) => page.rows.some((other) => other !== row && other.module.name === row.module.name);
  const rows = page.rows.map((row) => [
    standardCell(page.path, row),
    shared(row) ? [text(`${row.module.name} `), inlineCode(row.module.id)] : [text(row.module.name)],
    ...versions.map((version) => [text(row.includedIn.includes(version) ? '✓' : '–')]),
  ]);
  return table(['Standard', 'Module', ...versions], rows);
}

function standardCell(fromPath: string, row: ScopeModuleRow): PhrasingContent[] {
  if (row.document) return [fileLink(fromPath, row.document.path, `scs-${row.document.number}-${row.document.version}`)];
  if (row.module.url !== undefined) return [link(row.module.url, row.module.id)];
  return [text(row.module.id)];
}
