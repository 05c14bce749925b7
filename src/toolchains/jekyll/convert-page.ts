import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { composeConversions } from '../shared/compose-conversions.js';
import { createDocEditor } from '../shared/doc-editor.js';
import { splitFrontMatter } from '../shared/front-matter.js';
import { rewriteLinkUrls } from '../shared/rewrite-destinations.js';
import type { Conversion, SourceSnapshot } from '../types.js';
import { joinHtmlBlocks } from './html-blocks.js';
import { convertKramdown } from './kramdown.js';
import type { PageIndex } from './pages.js';
import type { JekyllSite } from './read-site.js';
import { renderLiquid, reportUnrenderedLiquid } from './render-liquid.js';
import { jekyllUrlResolver } from './resolve-url.js';
import { pageScope } from './site-scope.js';

export interface JekyllContext {
  site: JekyllSite;
  pages: PageIndex;
  /** `site` as templates see it (built once per source). */
  siteScope: Record<string, unknown>;
  snapshot: SourceSnapshot;
}

/**
 * One page as Jekyll builds it, into the site's markdown: Liquid rendered first (on the whole text, code
 * included, as Jekyll does; `{% raw %}` keeps what it holds), then the rendered markdown's html blocks read to
 * their end tag as kramdown reads them, its kramdown syntax converted (attribute lists, extensions) and its
 * links to URLs of the site made file links.
 */
export async function convertJekyllPage(doc: { path: string; text: string }, context: JekyllContext): Promise<Conversion> {
  const { site, pages, snapshot } = context;
  const page = pages.byPath.get(doc.path);
  const liquidPass = createDocEditor(doc);
  if (page?.rendered && page.data.render_with_liquid !== false) {
    const read = async (path: string) => {
      liquidPass.dependsOn(path);
      return (await snapshot.read([path])).get(path)?.toString('utf8');
    };
    const exists = (path: string) => {
      liquidPass.dependsOn(path);
      return snapshot.paths.has(path);
    };
    const scope = { site: context.siteScope, page: pageScope(page), layout: {}, content: '', jekyll: { environment: 'production' } };
    await renderLiquid(liquidPass, splitFrontMatter(doc.text).bodyStart, { site, pages, page, read, exists }, scope);
  } else if (page && !page.rendered) reportUnrenderedLiquid(liquidPass);
  const rendered = liquidPass.finish();
  // html blocks first: joined, what was code (indented lines after a blank line) is html, with links to rewrite
  const htmlPass = createDocEditor({ path: doc.path, text: rendered.text });
  let tree = parseMarkdown(rendered.text);
  joinHtmlBlocks(htmlPass, tree);
  const joined = htmlPass.finish();
  if (joined.edits.length > 0) tree = parseMarkdown(joined.text);
  const markdownPass = createDocEditor({ path: doc.path, text: joined.text });
  convertKramdown(markdownPass, tree);
  if (page) rewriteLinkUrls(markdownPass, tree, jekyllUrlResolver(site, pages, snapshot.paths, page));
  return composeConversions(doc.text, composeConversions(doc.text, rendered, joined), markdownPass.finish());
}
