import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { listHtmlHazards } from '../markdown/html-hazards.js';

type Problem = Pick<Diagnostic, 'code' | 'message' | 'hint' | 'line'>;

/**
 * Files the site serves as they are (content/ is a static folder) that a browser runs as a page of the site's
 * own origin when a reader opens them: html and xml documents, and svg images with scripts.
 */
const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.xht', '.shtml', '.xml', '.xsl', '.xslt', '.svgz']);

const HINT = 'publish it as an image or markdown instead, or mark the source `trusted: true` in repos.yaml if its maintainers are trusted with that';

/**
 * Says why an image or other file from a source that is not trusted cannot be published: it would run script
 * on the site when opened directly. Undefined for files that are safe to serve (images, pdfs, archives, …).
 */
export function checkActiveAsset(path: string, content: Buffer): Problem | undefined {
  const extension = posix.extname(path).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(extension)) {
    return {
      code: 'content/active-file',
      message: `${extension} files run as pages of the site when opened, so one from a source not marked trusted is not published`,
      hint: HINT,
    };
  }
  if (extension !== '.svg') return undefined;
  const text = content.toString('utf8');
  // a stylesheet inside an svg only styles the image: common in exported diagrams, and harmless
  const hazard = listHtmlHazards(text, { skipRewrittenUrls: false }).find((h) => h.kind === 'attribute' || h.name !== 'style');
  if (!hazard) return undefined;
  const what = hazard.kind === 'element' ? `a <${hazard.name}> element` : `the attribute ${hazard.name.split(' ')[1]} on <${hazard.name.split(' ')[0]}>`;
  return {
    code: 'content/active-file',
    message: `svg image holds ${what}, which runs script when the image is opened on its own, so it is not published`,
    line: text.slice(0, hazard.start).split('\n').length,
    hint: `remove scripts, event handlers and script links from the svg upstream; ${HINT}`,
  };
}
