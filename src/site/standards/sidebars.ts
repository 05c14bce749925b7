import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { CONTENT_DIR } from '../../manifest/sections.js';
import { composeStandardsSidebar } from './compose-standards-sidebar.js';

/**
 * The standards section's sidebar, read at config load from the synced tree (SCS_CONTENT_DIR, else content/):
 * built from the standards data the sync wrote, or generated from the folder when there is none.
 */
const projectDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const sectionDir = resolve(projectDir, process.env.SCS_CONTENT_DIR ?? CONTENT_DIR, 'standards');

const sidebars: SidebarsConfig = { sidebar: composeStandardsSidebar(sectionDir) };

export default sidebars;
