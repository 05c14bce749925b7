/** A doc page as the docs plugins loaded it: what its Markdown twin is made from. */
export interface TwinPage {
  /** URL path of the page (Docusaurus' permalink), e.g. `/docs/a/b`. */
  permalink: string;
  title: string;
  description: string;
  /** The page's markdown file, relative to the site folder (`content/docs/a/b.md`). */
  file: string;
  /** The page's front matter, as the docs plugin parsed it. */
  frontMatter: Record<string, unknown>;
}

/** What a twin needs to know about the site around its page. */
export interface TwinSite {
  /** The site's address without a trailing slash (`https://docs.scs.community`); permalinks start with the base URL. */
  url: string;
  /** Folder (relative to the site folder) served as static files in production: its files keep their paths. */
  contentDir: string;
  /** The URL path of the doc page whose markdown file is `file` (relative to the site folder), if any. */
  findPermalink(file: string): string | undefined;
}

/** A page as Markdown: front matter (YAML, without the `---` fences) and the body. */
export interface Twin {
  frontMatter: string;
  body: string;
}
