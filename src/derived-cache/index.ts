export { computeCodeVersion } from './code-version.js';
export { createMemoryDerivedCache, hashKey, openDerivedCache, type DerivedCache, type RecordedTransform } from './derived-cache.js';
