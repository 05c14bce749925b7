import { posix } from 'node:path';
import { stateLabel } from './describe-state.js';
import { describeTemplate } from './parse-document-name.js';
import { scopeSidebarLabel } from './tracks.js';
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
export function buildStandardsSidebar(model: StandardsModel, folder: string): StandardsSidebarFile {
  const id = (path: string): string => posix.relative(folder, path).replace(/\.md$/, '');
  const items: SidebarItem[] = [
    { type: 'doc', id: id(model.overview.path), label: 'Overview' },
    ...model.tracks.map((track) => trackCategory(track, id)),
  ];
  if (model.templates.length > 0) {
    const templates = model.templates.map((template) => ({ type: 'doc' as const, id: id(template.path), label: describeTemplate(template.slug) }));
    items.push({ type: 'category', label: 'Templates', collapsed: true, items: templates });
  }
  return { version: 1, items };
}

function trackCategory(track: TrackPage, id: (path: string) => string): SidebarItem {
  const scopes = track.scopes.map((scope) => ({ type: 'doc' as const, id: id(scope.path), label: scopeSidebarLabel(scope.scope.name) }));
  return {
    type: 'category',
    label: track.name,
    link: { type: 'doc', id: id(track.path) },
    collapsed: true,
    items: [...track.standards.map((standard) => standardCategory(standard, id)), ...scopes],
  };
}

function standardCategory(standard: StandardPage, id: (path: string) => string): SidebarItem {
  const versions = standard.versions.map(({ document, state }) => ({
    type: 'doc' as const,
    id: id(document.path),
    label: `${document.version} (${stateLabel(state.state).toLowerCase()})`,
  }));
  const supplements = standard.supplements.map(({ document }) => ({
    type: 'doc' as const,
    id: id(document.path),
    label: `${document.version} (supplement)`,
  }));
  return {
    type: 'category',
    label: `${standard.id}: ${standard.title}`,
    link: { type: 'doc', id: id(standard.path) },
    collapsed: true,
    items: [...versions, ...supplements],
  };
}
