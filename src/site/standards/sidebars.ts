import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { CONTENT_DIR, DEFAULT_LOCALE, localizedSectionDir } from '../../manifest/sections.js';
import { composeStandardsSidebar } from './compose-standards-sidebar.js';

/**
 * The standards section's sidebar, read at config load from the synced tree (SCS_CONTENT_DIR, else content/):
 * built from the standards data the sync wrote, or generated from the folder when there is none. A build of
 * another locale (Docusaurus loads this file once per locale) takes the labels from that locale's tree.
 */
const projectDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const contentDir = resolve(projectDir, process.env.SCS_CONTENT_DIR ?? CONTENT_DIR);
const sectionDir = resolve(contentDir, 'standards');
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
const labelsDir = locale && locale !== 'undefined' && locale !== DEFAULT_LOCALE ? localizedSectionDir(contentDir, locale, 'standards') : sectionDir;

const sidebars: SidebarsConfig = { sidebar: composeStandardsSidebar(sectionDir, labelsDir) };

export default sidebars;
