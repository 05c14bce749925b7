import type { Edit } from '../../markdown/apply-edits.js';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { codeSpans, lineEnding } from '../shared/code-spans.js';
import { createDocEditor } from '../shared/doc-editor.js';
import { createLayeredText } from '../shared/layered-text.js';
import { rewriteDestinations } from '../shared/rewrite-destinations.js';
import type { Conversion, SourceSnapshot } from '../types.js';
import { fenceAttributeEdits } from './code-options.js';
import type { ContentTree } from './content-tree.js';
import { expandShortcodes } from './expand-shortcodes.js';
import { convertFrontMatter, readHugoFrontMatter } from './front-matter.js';
import { parseShortcodes } from './parse-shortcodes.js';
import type { ShortcodeTemplate } from './shortcode-templates.js';
import { siteLinkRewriter } from './site-links.js';

export interface HugoContext {
  tree: ContentTree;
  templates: ReadonlyMap<string, ShortcodeTemplate>;
  snapshot: SourceSnapshot;
}

/**
 * One content file in the site's markdown, in Hugo's order: front matter read (YAML, TOML, JSON) and written as
 * the site's YAML; shortcodes expanded as text (Hugo does so before markdown, in code too); then, on the
 * expanded page, links written as site URLs pointed at files and fence attributes turned into the site's.
 */
export async function convertPage(doc: { path: string; text: string }, hugo: HugoContext): Promise<Conversion> {
  const editor = createDocEditor(doc);
  const eol = lineEnding(doc.text);
  const text = createLayeredText(doc.text);
  const front = readHugoFrontMatter(doc.text);
  const first: Edit[] = [];
  if (front) {
    const converted = convertFrontMatter(front, eol);
    // a problem with a key is reported on the key's line
    const keyAt = (key: string | undefined) => (key ? Math.max(0, doc.text.slice(0, front.end).search(new RegExp(`^[ \\t"]*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?[ \\t]*[:=]`, 'im'))) : 0);
    for (const problem of converted.problems) editor.problem(keyAt(problem.construct), problem);
    if (converted.edit) first.push(converted.edit);
  }
  const bodyStart = front?.end ?? 0;
  // the front matter blanked out (offsets kept), so that code is found where the body has it
  const masked = doc.text.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + doc.text.slice(bodyStart);
  first.push(...(await expandShortcodes(parseShortcodes(doc.text, bodyStart), {
    text: doc.text,
    path: doc.path,
    eol,
    code: codeSpans(parseMarkdown(masked)),
    site: hugo.tree.site,
    tree: hugo.tree,
    page: front?.data ?? {},
    templates: hugo.templates,
    readFile: async (path) => {
      editor.dependsOn(path);
      return (await hugo.snapshot.read([path])).get(path)?.toString('utf8');
    },
    problem: (offset, problem) => editor.problem(offset, problem),
  })));
  text.apply(first);

  const expanded = parseMarkdown(text.text);
  text.apply([...rewriteDestinations(text.text, expanded, siteLinkRewriter(doc.path, hugo.tree, hugo.snapshot.paths)), ...fenceAttributeEdits(text.text, expanded)]);
  for (const edit of text.edits()) editor.replace(edit.start, edit.end, edit.text);
  return editor.finish();
}
