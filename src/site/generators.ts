import type { SiteGenerator } from '../pipeline/types.js';
import { standardsGenerator } from './standards/standards-generator.js';

/** Pages this site derives from the synced tree. */
export const SITE_GENERATORS: readonly SiteGenerator[] = [standardsGenerator];
