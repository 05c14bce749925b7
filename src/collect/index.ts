export { collectSource, type AnalyzeDoc, type CollectContext, type CollectOutput } from './collect-source.js';
export { DEFAULT_LIMITS, type ContentLimits } from './check-content.js';
export { findCollisions, dropSameSourceDuplicates } from './find-collisions.js';
export { isDocPath, placeFile } from './place-file.js';
export type { CollectedFile, CollectedSource, FileKind } from './types.js';
