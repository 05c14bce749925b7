export { transformDoc } from './transform-doc.js';
export { UNCOMMITTED_AUTHOR } from './site-front-matter.js';
export type { TransformInput, TransformResult, TransformSource } from './types.js';
