import type { SiteGenerator } from '../pipeline/types.js';
import { createTranslationsGenerator } from './i18n/translations-generator.js';
import { standardsGenerator } from './standards/standards-generator.js';

/** Pages this site derives from the synced tree, and the interface translations it copies into it. */
export const SITE_GENERATORS: readonly SiteGenerator[] = [standardsGenerator, createTranslationsGenerator()];
