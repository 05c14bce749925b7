import { posix } from 'node:path';
import { buildStandardsSidebar, SIDEBAR_FILE } from './build-standards-sidebar.js';
import type { StandardsModel } from './model-types.js';
import { renderOverviewPage } from './render-overview-page.js';
import { renderScopePage } from './render-scope-page.js';
import { renderStandardPage } from './render-standard-page.js';
import { renderTrackPage } from './render-track-page.js';
import { ENGLISH_STANDARDS_TEXT, type StandardsText } from './standards-text.js';

export interface RenderedFile {
  /** Path relative to the content root. */
  to: string;
  text: string;
}

/**
 * Every generated file of the standards section: overview, track, standard and scope pages, and the sidebar data,
 * in the language of `t` (paths relative to the section's folder `folder`, as the model has them).
 */
export function renderStandardsPages(model: StandardsModel, folder: string, t: StandardsText = ENGLISH_STANDARDS_TEXT): RenderedFile[] {
  return [...renderGeneratedPages(model, t), renderSidebarFile(model, folder, folder, t)];
}

/** The overview, track, standard and scope pages, at the paths the model gives them. */
export function renderGeneratedPages(model: StandardsModel, t: StandardsText): RenderedFile[] {
  const files: RenderedFile[] = [{ to: model.overview.path, text: renderOverviewPage(model, t) }];
  for (const track of model.tracks) {
    files.push({ to: track.path, text: renderTrackPage(track, model.today, t) });
    for (const standard of track.standards) files.push({ to: standard.path, text: renderStandardPage(standard, track, model.today, t) });
    for (const scope of track.scopes) files.push({ to: scope.path, text: renderScopePage(scope, track, model.today, t) });
  }
  return files;
}

/** The sidebar data of the section at `folder` (doc ids relative to it), written into `toFolder`. */
export function renderSidebarFile(model: StandardsModel, folder: string, toFolder: string, t: StandardsText): RenderedFile {
  const sidebar = buildStandardsSidebar(model, folder, t);
  return { to: posix.join(toFolder, SIDEBAR_FILE), text: `${JSON.stringify(sidebar, null, 2)}\n` };
}
