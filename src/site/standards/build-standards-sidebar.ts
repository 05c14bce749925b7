import { posix } from 'node:path';
import { stateLabel } from './describe-state.js';
import { describeTemplate } from './parse-document-name.js';
import { scopeSidebarLabel } from './tracks.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';
import type { StandardPage, StandardsModel, TrackPage } from './model-types.js';

/** The sidebar items of the generated part of the standards section (Docusaurus sidebar item syntax). */
export type SidebarItem =
  | { type: 'doc'; id: string; label: string }
  | { type: 'category'; label: string; link?: { type: 'doc'; id: string }; collapsed: boolean; items: SidebarItem[] };

/** What the generator writes to `_sidebar.json`, read by src/site/standards/sidebars.ts. */
export interface StandardsSidebarFile {
  version: 1;
  items: SidebarItem[];
}

/** File name of the sidebar data in the standards folder. */
export const SIDEBAR_FILE = '_sidebar.json';

/** Overview, then one category per track (linking its page) holding one category per standard with its documents. */
export function buildStandardsSidebar(model: StandardsModel, folder: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): StandardsSidebarFile {
  const id = (path: string): string => posix.relative(folder, path).replace(/\.md$/, '');
  const items: SidebarItem[] = [
    { type: 'doc', id: id(model.overview.path), label: t.overview.sidebarLabel },
    ...model.tracks.map((track) => trackCategory(track, id, t)),
  ];
  if (model.templates.length > 0) {
    const templates = model.templates.map((template) => ({ type: 'doc' as const, id: id(template.path), label: describeTemplate(template.slug) }));
    items.push({ type: 'category', label: t.overview.templates, collapsed: true, items: templates });
  }
  return { version: 1, items };
}

function trackCategory(track: TrackPage, id: (path: string) => string, t: StandardsText): SidebarItem {
  const scopes = track.scopes.map((scope) => ({ type: 'doc' as const, id: id(scope.path), label: scopeSidebarLabel(scope.scope.name, t) }));
  return {
    type: 'category',
    label: track.name,
    link: { type: 'doc', id: id(track.path) },
    collapsed: true,
    items: [...track.standards.map((standard) => standardCategory(standard, id, t)), ...scopes],
  };
}

function standardCategory(standard: StandardPage, id: (path: string) => string, t: StandardsText): SidebarItem {
  const versions = standard.versions.map(({ document, state }) => ({
    type: 'doc' as const,
    id: id(document.path),
    label: `${document.version} (${stateLabel(state.state, t).toLowerCase()})`,
  }));
  const supplements = standard.supplements.map(({ document }) => ({
    type: 'doc' as const,
    id: id(document.path),
    label: t.supplementLabel(document.version),
  }));
  return {
    type: 'category',
    label: `${standard.id}: ${standard.title}`,
    link: { type: 'doc', id: id(standard.path) },
    collapsed: true,
    items: [...versions, ...supplements],
  };
}
