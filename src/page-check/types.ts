/** One page as the sync is about to write it. */
export interface PageToCheck {
  /** Site path relative to the content root (`docs/a/b.md`). */
  to: string;
  text: string;
}

/** Where the site build would read the page from. */
export interface CheckSite {
  /** Absolute project root (Docusaurus' siteDir). */
  projectDir: string;
  /** Absolute content root the page will be written under. */
  contentDir: string;
}

/** A markdown link to a `.md` file or a markdown image, as the site's pipeline asked about it. */
export interface PageReference {
  kind: 'link' | 'image';
  url: string;
  line?: number;
  column?: number;
}

/** Why the site's pipeline cannot build a page, with the place in the page's text when it is known. */
export interface PageProblem {
  /** What failed: front matter validation, MDX compilation, static rendering, or the site build's link check. */
  phase: 'front-matter' | 'compile' | 'render' | 'links';
  message: string;
  line?: number;
  column?: number;
}

export type PageCheck =
  /** The page compiles and renders; `references` are its file links and images not found on disk yet. */
  | { ok: true; references: PageReference[] }
  | { ok: false; problem: PageProblem };
