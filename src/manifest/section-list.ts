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
