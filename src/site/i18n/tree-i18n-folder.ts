/** The translations' folder in the content tree, which Docusaurus reads as `i18n.path` (see docusaurus.config.ts). */
export const TREE_I18N_FOLDER = 'i18n';
