import type { ScopePage, StandardsModel } from './model-types.js';

/**
 * The model with its generated pages (overview, tracks, standards, scopes) at the places `move` gives, and the
 * documents where they are: rendered from it, the pages of another language's tree link each other there and
 * the documents, which have no translation, in the section itself (Docusaurus resolves both in that locale).
 */
export function relocateGeneratedPages(model: StandardsModel, move: (path: string) => string): StandardsModel {
  const generated = new Set([
    model.overview.path,
    ...model.tracks.flatMap((track) => [track.path, ...track.standards.map((standard) => standard.path), ...track.scopes.map((scope) => scope.path)]),
  ]);
  // a scope's specification is the page of the standard that specifies it (generated), or a document
  const relocateScope = (scope: ScopePage): ScopePage => ({
    ...scope,
    path: move(scope.path),
    ...(scope.specification && generated.has(scope.specification.path) && { specification: { ...scope.specification, path: move(scope.specification.path) } }),
  });
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
