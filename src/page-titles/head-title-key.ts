/**
 * The front matter key of the page's title in the browser tab, search engines and link previews, when it is
 * not the page's `title` (which stays the heading and sidebar label). Set by the sync (see titlePages), read by
 * the theme's DocItem/Metadata; a module of its own, so the theme bundles nothing else.
 */
export const HEAD_TITLE_KEY = 'head_title';
