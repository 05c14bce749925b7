export { computeCodeVersion } from './code-version.js';
export { hashKey, openDerivedCache, type DerivedCache } from './derived-cache.js';
