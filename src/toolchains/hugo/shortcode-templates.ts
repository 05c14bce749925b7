import { posix } from 'node:path';
import { codeBlock } from '../shared/site-markdown.js';
import type { SourceSnapshot } from '../types.js';
import type { ShortcodeCall, ShortcodeOutput } from './expand-shortcodes.js';
import { lookupParam, type HugoSite } from './site-config.js';

/** Which parameter a template reads: by position or by name. */
export type ParamRef = { index: number } | { name: string };

/**
 * What a repository's shortcode template does, when its text shows one of the simple patterns below. Templates
 * are Go templates: they are never run, only recognised.
 */
export type TemplateBehaviour =
  /** Prints one site param: `{{ site.Params.stable }}`. */
  | { kind: 'site-param'; key: string }
  /** Prints a parameter made absolute (or root-relative) against the site's URL: `{{ .Get 0 | absURL }}`. */
  | { kind: 'url'; param: ParamRef }
  /** Reads the file a parameter names (relative to the site folder) and prints it, highlighted as code or as is. */
  | { kind: 'file'; param: ParamRef; code: boolean; language?: ParamRef }
  /** Highlights its inner content as code. */
  | { kind: 'inner-code'; language?: ParamRef };

export interface ShortcodeTemplate {
  path: string;
  text: string;
  behaviour?: TemplateBehaviour;
}

/** The shortcode templates of the site and its themes in the snapshot (the site's own win), by name. */
export async function readShortcodeTemplates(site: HugoSite, snapshot: SourceSnapshot): Promise<Map<string, ShortcodeTemplate>> {
  const roots = [site.projectDir, ...site.themes.map((theme) => posix.join(site.projectDir, 'themes', theme))];
  const folders = roots.flatMap((root) => ['layouts/shortcodes', 'layouts/_shortcodes'].map((folder) => posix.join(root, folder)));
  const found = new Map<string, string>();
  for (const folder of folders) {
    for (const path of [...snapshot.paths].filter((p) => p.startsWith(`${folder}/`) && p.endsWith('.html')).sort()) {
      // `name.html`, `name.en.html`, `sub/name.html` (called as `sub/name`)
      const name = path.slice(folder.length + 1).replace(/(\.[a-z]{2}(-[a-z]+)?)?\.html$/i, '');
      if (!found.has(name)) found.set(name, path);
    }
  }
  const contents = await snapshot.read([...found.values()]);
  return new Map([...found].map(([name, path]) => {
    const text = contents.get(path)?.toString('utf8') ?? '';
    const behaviour = recognise(text);
    return [name, { path, text, ...(behaviour ? { behaviour } : {}) }];
  }));
}

const ACTION = String.raw`\{\{-?\s*`;
const END = String.raw`\s*-?\}\}`;
const PARAM = String.raw`\.Get\s+(\d+|"\w+")`;

/** The behaviour a template's text shows, if it is one of the recognised patterns. */
export function recognise(template: string): TemplateBehaviour | undefined {
  const text = template.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '').trim();
  const siteParam = new RegExp(`^${ACTION}(?:site|\\$?\\.Site)\\.Params\\.([\\w.]+)${END}$`).exec(text);
  if (siteParam) return { kind: 'site-param', key: siteParam[1]! };
  const url = new RegExp(`^${ACTION}(?:${PARAM}\\s*\\|\\s*(?:absURL|relURL)|(?:absURL|relURL)\\s+\\(\\s*${PARAM}\\s*\\))${END}$`).exec(text);
  if (url) return { kind: 'url', param: paramRef(url[1] ?? url[2]!) };
  const language = new RegExp(String.raw`\.Get\s+"lang"`).test(text) ? { name: 'lang' } : undefined;
  const highlights = /\bhighlight\b/.test(text);
  if (/\.Inner\b/.test(text)) return highlights ? { kind: 'inner-code', ...(language ? { language } : {}) } : undefined;
  const file = fileParam(text);
  if (file) return { kind: 'file', param: file, code: highlights, ...(language ? { language } : {}) };
  return undefined;
}

/** The parameter that reaches `readFile`: piped or passed directly, or through a variable. */
function fileParam(text: string): ParamRef | undefined {
  const direct = new RegExp(`${PARAM}\\s*\\)?\\s*\\|\\s*readFile|readFile\\s+\\(\\s*${PARAM}\\s*\\)`).exec(text);
  if (direct) return paramRef(direct[1] ?? direct[2]!);
  const variables = new Map([...text.matchAll(new RegExp(`\\$(\\w+)\\s*:?=\\s*${PARAM}`, 'g'))].map((m) => [m[1]!, m[2]!]));
  const viaVariable = /\$(\w+)\s*\)?\s*\|\s*readFile|readFile\s+\(?\s*\$(\w+)/.exec(text);
  const param = viaVariable && variables.get(viaVariable[1] ?? viaVariable[2]!);
  return param ? paramRef(param) : undefined;
}

function paramRef(written: string): ParamRef {
  return /^\d+$/.test(written) ? { index: Number(written) } : { name: written.replace(/"/g, '') };
}

/** What a recognised template prints for a call, in the site's markdown. */
export async function fromTemplate(behaviour: TemplateBehaviour, call: ShortcodeCall): Promise<ShortcodeOutput> {
  const { env, node } = call;
  const get = (ref: ParamRef | undefined) => (ref === undefined ? undefined : call.param('index' in ref ? ref.index : ref.name));
  if (behaviour.kind === 'site-param') {
    const value = lookupParam(env.site.params, behaviour.key);
    if (value === undefined || typeof value === 'object') env.problem(node.start, { code: 'toolchain/unconverted', construct: call.construct, message: `${call.construct} prints the site param ${behaviour.key}, which the config does not set: it is left out` });
    return { kind: 'inline', text: value === undefined || typeof value === 'object' ? '' : String(value) };
  }
  if (behaviour.kind === 'url') return { kind: 'inline', text: absoluteUrl(env.site, get(behaviour.param) ?? '') };
  if (behaviour.kind === 'inner-code') {
    const code = await call.inner('code');
    return { kind: 'block', text: codeBlock(code, get(behaviour.language) ?? '', env.eol), plain: code, separate: false };
  }
  const file = get(behaviour.param);
  const path = file === undefined ? undefined : posix.join(env.site.projectDir, file);
  const content = path === undefined ? undefined : await env.readFile(path);
  if (content === undefined) {
    env.problem(node.start, { code: 'toolchain/missing-include', construct: call.construct, message: `${call.construct} reads ${path ?? 'a file it is not given'}, which is not in the repository: it stays as written` });
    return { kind: 'keep' };
  }
  const text = content.replace(/^\r?\n+|(\r?\n)+$/g, '');
  if (!behaviour.code) return { kind: 'inline', text };
  const language = get(behaviour.language) ?? posix.extname(file!).slice(1);
  return { kind: 'block', text: codeBlock(text, language, env.eol), plain: text, separate: false };
}

/** A path made absolute against the upstream site's URL (it names the upstream site's file). */
function absoluteUrl(site: HugoSite, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || !site.baseURL) return path;
  return `${site.baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
