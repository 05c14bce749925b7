export { computeCodeVersion } from './code-version.js';
export { hashKey, openDerivedCache, type DerivedCache, type RecordedTransform } from './derived-cache.js';
