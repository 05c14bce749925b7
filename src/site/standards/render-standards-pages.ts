import { posix } from 'node:path';
import { buildStandardsSidebar, SIDEBAR_FILE } from './build-standards-sidebar.js';
import type { StandardsModel } from './model-types.js';
import { renderOverviewPage } from './render-overview-page.js';
import { renderScopePage } from './render-scope-page.js';
import { renderStandardPage } from './render-standard-page.js';
import { renderTrackPage } from './render-track-page.js';

export interface RenderedFile {
  /** Path relative to the content root. */
  to: string;
  text: string;
}

/** Every generated file of the standards section: overview, track, standard and scope pages, and the sidebar data. */
export function renderStandardsPages(model: StandardsModel, folder: string): RenderedFile[] {
  const files: RenderedFile[] = [{ to: model.overview.path, text: renderOverviewPage(model) }];
  for (const track of model.tracks) {
    files.push({ to: track.path, text: renderTrackPage(track, model.today) });
    for (const standard of track.standards) files.push({ to: standard.path, text: renderStandardPage(standard, track, model.today) });
    for (const scope of track.scopes) files.push({ to: scope.path, text: renderScopePage(scope, track, model.today) });
  }
  const sidebar = buildStandardsSidebar(model, folder);
  files.push({ to: posix.join(folder, SIDEBAR_FILE), text: `${JSON.stringify(sidebar, null, 2)}\n` });
  return files;
}
