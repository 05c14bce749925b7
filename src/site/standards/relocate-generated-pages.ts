import type { ScopePage, StandardsModel } from './model-types.js';

/**
 * The model with its generated pages (overview, tracks, standards, scopes) at the places `move` gives, and the
 * documents where they are: rendered from it, the pages of another language's tree link each other there and
 * the documents, which have no translation, in the section itself (Docusaurus resolves both in that locale).
 */
export function relocateGeneratedPages(model: StandardsModel, move: (path: string) => string): StandardsModel {
  const relocateScope = (scope: ScopePage): ScopePage => ({ ...scope, path: move(scope.path) });
  return {
    ...model,
    overview: { ...model.overview, path: move(model.overview.path) },
    tracks: model.tracks.map((track) => ({
      ...track,
      path: move(track.path),
      standards: track.standards.map((standard) => ({ ...standard, path: move(standard.path), scopes: standard.scopes.map(relocateScope) })),
      scopes: track.scopes.map(relocateScope),
    })),
  };
}
