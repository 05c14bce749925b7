import type { SiteGenerator } from '../pipeline/types.js';

/** Pages this site derives from the synced tree. */
export const SITE_GENERATORS: readonly SiteGenerator[] = [];
