import { parse as parseToml } from 'smol-toml';
import { Document, isMap, parseDocument } from 'yaml';
import type { Edit } from '../../markdown/apply-edits.js';
import type { ToolchainProblem } from '../types.js';
import { table } from './site-config.js';

/** A page's front matter block: YAML (`---`), TOML (`+++`) or JSON (`{ … }`), as Hugo reads them. */
export interface HugoFrontMatter {
  format: 'yaml' | 'toml' | 'json';
  /** Offset where the body starts (after the block). */
  end: number;
  /** The block's text between its delimiters (YAML only: kept as a document, comments and all). */
  inner: string;
  data: Record<string, unknown>;
  error?: string;
}

const DELIMITED = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?\r?\n)?\1[ \t]*(?:\r?\n|$)/;

export function readHugoFrontMatter(text: string): HugoFrontMatter | undefined {
  const delimited = DELIMITED.exec(text);
  if (delimited) {
    const format = delimited[1] === '---' ? 'yaml' : 'toml';
    const inner = delimited[2] ?? '';
    try {
      const data = table(format === 'yaml' ? parseDocument(inner).toJS() : parseToml(inner));
      return { format, end: delimited[0].length, inner, data };
    } catch (error) {
      return { format, end: delimited[0].length, inner, data: {}, error: (error as Error).message.split('\n')[0]! };
    }
  }
  if (!text.startsWith('{')) return undefined;
  // JSON front matter ends at the first line that closes the object
  for (let close = text.indexOf('\n}'); close !== -1; close = text.indexOf('\n}', close + 1)) {
    try {
      const data = table(JSON.parse(text.slice(0, close + 2)));
      const end = /^\r?\n/.exec(text.slice(close + 2))?.[0].length ?? 0;
      return { format: 'json', end: close + 2 + end, inner: text.slice(0, close + 2), data };
    } catch {
      // not the end of the object yet
    }
  }
  return undefined;
}

/** Hugo keys the reader turns into the site's (`weight` → `sidebar_position`, `linkTitle` → `sidebar_label`). */
const RENAMED: Record<string, string> = { weight: 'sidebar_position', linktitle: 'sidebar_label' };
/** Hugo keys about its own URLs, layouts and menus: the navigation and routes are read from them, the page does not keep them. */
const HUGO_ONLY = new Set(['menu', 'menus', 'url', 'slug', 'layout', 'type', 'cascade', 'build', '_build', 'headless', 'outputs', 'resources', 'sitemap', 'markup', 'translationkey', 'aliases']);

/**
 * The page's front matter as the site's YAML: Hugo's keys renamed or left out (see above), the rest kept (the
 * sync drops keys of a type Docusaurus rejects). `aliases` (old URLs Hugo redirects from) are reported. A YAML
 * block that needs no change is left as written; TOML and JSON blocks become YAML.
 */
export function convertFrontMatter(front: HugoFrontMatter, eol: string): { edit?: Edit; problems: Array<Omit<ToolchainProblem, 'line' | 'column'>> } {
  const problems: Array<Omit<ToolchainProblem, 'line' | 'column'>> = [];
  if (front.error !== undefined) {
    problems.push({ severity: 'warning', code: 'toolchain/front-matter-unreadable', construct: front.format === 'toml' ? '+++' : front.format === 'json' ? '{' : '---', message: `the page's ${front.format.toUpperCase()} front matter cannot be read (${front.error}): it is left out` });
    return { edit: { start: 0, end: front.end, text: '' }, problems };
  }
  const document = front.format === 'yaml' ? yamlDocument(front) : new Document({});
  let changed = front.format !== 'yaml';
  for (const [key, value] of Object.entries(front.data)) {
    const lower = key.toLowerCase();
    if (lower === 'aliases') problems.push({ severity: 'info', code: 'toolchain/unconverted', construct: 'aliases', message: 'aliases (old URLs Hugo redirects to this page) are not redirected on the site' });
    const renamed = RENAMED[lower];
    const keep = !HUGO_ONLY.has(lower) && (renamed === undefined || !(renamed in front.data));
    if (front.format === 'yaml') {
      if (keep && renamed === undefined) continue;
      document.delete(key);
      changed = true;
    }
    if (keep) document.set(renamed ?? key, value);
  }
  if (!changed) return { problems };
  const yaml = document.contents && isMap(document.contents) && document.contents.items.length > 0 ? document.toString({ lineWidth: 0 }) : '';
  return { edit: { start: 0, end: front.end, text: `---${eol}${yaml.replace(/\r?\n/g, eol)}---${eol}` }, problems };
}

function yamlDocument(front: HugoFrontMatter): Document {
  const document = parseDocument(front.inner);
  return isMap(document.contents) ? document : new Document(front.data);
}
