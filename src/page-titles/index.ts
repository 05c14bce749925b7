export { disambiguateTitles, qualifyTitle, titleKey, type Qualifier, type TitledPage } from './disambiguate-titles.js';
export { addHeadTitle } from './head-title.js';
export { HEAD_TITLE_KEY } from './head-title-key.js';
export { readFolderLabels, titlePages, type TitledPages } from './title-pages.js';
