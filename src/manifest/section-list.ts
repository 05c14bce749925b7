/**
 * The site's content sections: each is one Docusaurus docs instance with its own URL prefix.
 * A source's `target` must start with one of these folder names.
 */
export interface Section {
  /** Folder under the content root and Docusaurus plugin id. */
  id: string;
  /** URL prefix of the section's pages. */
  routeBasePath: string;
  label: string;
}

export const SECTIONS: readonly Section[] = [
  { id: 'docs', routeBasePath: 'docs', label: 'For Operators' },
  { id: 'user-docs', routeBasePath: 'user-docs', label: 'For Users' },
  { id: 'contributor-docs', routeBasePath: 'contributor-docs', label: 'For Contributors' },
  { id: 'standards', routeBasePath: 'standards', label: 'Standards' },
  { id: 'community', routeBasePath: 'community', label: 'Community' },
];

/** The section Docusaurus' classic preset calls its docs: its docs instance has the id `default`. */
export const DEFAULT_SECTION_ID = 'docs';

/** The id of a section's Docusaurus docs instance. */
export function docsPluginIdOfSection(sectionId: string): string {
  return sectionId === DEFAULT_SECTION_ID ? 'default' : sectionId;
}

/** The section a docs instance builds (its id, or `docs` for the `default` instance). */
export function sectionIdOfDocsPlugin(docsPluginId: string): string {
  return docsPluginId === 'default' ? DEFAULT_SECTION_ID : docsPluginId;
}
