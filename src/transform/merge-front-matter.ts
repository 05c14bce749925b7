import type { Root, Yaml } from 'mdast';
import type { Plugin } from 'unified';
import { Document, isMap, parseDocument } from 'yaml';
import { readFrontMatter, type FrontMatterData } from '../markdown/read-front-matter.js';
import { frontMatterDiagnostic } from './front-matter-diagnostics.js';
import { siteFrontMatter, titleFromHeadings } from './site-front-matter.js';
import type { TransformState } from './types.js';

/** Keys only the site sets; upstream values are replaced (slug and id stay upstream's: they shape the URL). */
const SITE_KEYS = ['custom_edit_url', 'last_update', 'source'] as const;

/**
 * Writes the doc's front matter: upstream keys kept as written, site keys (edit URL, last update, provenance)
 * set, `title` taken from the first heading when missing. Broken upstream YAML is reported and dropped so the
 * build does not fail on it.
 */
export const mergeFrontMatter: Plugin<[TransformState], Root> = (state) => (tree) => {
  const node = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const read = node ? readFrontMatter(state.text) : ({ kind: 'none' } as const);
  let document = new Document({});
  if (read.kind === 'invalid') {
    state.diagnostics.push(frontMatterDiagnostic(state, 'invalid', read.reason, read.line, read.column));
  } else if (read.kind === 'ok' && node) {
    document = upstreamDocument(node.value, read.data);
    for (const key of SITE_KEYS) if (document.has(key)) state.diagnostics.push(frontMatterDiagnostic(state, 'site-key', key, keyLine(node, key)));
  }
  setSiteKeys(document, state, tree);
  const block = `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---`.replace(/\r?\n/g, state.eol);
  const start = node?.position?.start.offset ?? 0;
  const end = node?.position?.end.offset ?? 0;
  state.edits.push({ start, end, text: node ? block : `${block}${state.eol}` });
};

/** The upstream block as an editable YAML document (comments and formatting kept) or, failing that, from the data. */
function upstreamDocument(yamlText: string, data: FrontMatterData): Document {
  const parsed = parseDocument(yamlText);
  if (parsed.errors.length === 0 && isMap(parsed.contents)) return parsed;
  return new Document(data);
}

function setSiteKeys(document: Document, state: TransformState, tree: Root): void {
  const site = siteFrontMatter(state.input);
  for (const key of SITE_KEYS) document.delete(key);
  if (site.custom_edit_url) document.set('custom_edit_url', site.custom_edit_url);
  if (site.last_update) document.set('last_update', document.createNode(site.last_update));
  document.set('source', document.createNode(site.source));
  const title = document.has('title') ? undefined : titleFromHeadings(tree);
  if (title !== undefined) document.set('title', title);
}

/** 1-based document line of a top-level key in the front matter (the block starts after the `---` line). */
function keyLine(node: Yaml, key: string): number | undefined {
  const lines = node.value.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 || !node.position ? undefined : node.position.start.line + 1 + index;
}
