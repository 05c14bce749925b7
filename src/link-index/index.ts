export type { IndexedFile, LinkIndex } from './types.js';
export { buildLinkIndex, type LinkIndexEntry } from './build-link-index.js';
export { computeRoute, type RouteFrontMatter } from './compute-route.js';
export { stripNumberPrefix, stripPathNumberPrefixes } from './number-prefix.js';
export { createSnapshotPaths, suggestNearest, type SnapshotPaths } from './snapshot-paths.js';
export { resolveLink } from './resolve-link.js';
export { sourceRepoKey, type LinkContext, type LinkDoc, type LinkRequest, type LinkResolution, type LinkSource } from './link-types.js';
