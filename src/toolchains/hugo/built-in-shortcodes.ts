import { posix } from 'node:path';
import { formatDestination } from '../../markdown/link-destination.js';
import { admonition, admonitionType, codeBlock, details, tabs } from '../shared/site-markdown.js';
import { codeMeta, parseCodeOptions } from './code-options.js';
import type { ShortcodeCall, ShortcodeHandler, ShortcodeOutput } from './expand-shortcodes.js';
import type { Shortcode } from './parse-shortcodes.js';
import { lookupParam } from './site-config.js';

/**
 * Hugo's embedded shortcodes and the common ones of themes (Docsy's `alert`, `pageinfo`, `tabpane`; `tabs`,
 * `notice`, `hint`, `callout`), by name, as the site's markdown. Embedded media become links (reported).
 */
export const BUILT_IN_SHORTCODES: Record<string, ShortcodeHandler> = {
  ref: reference,
  relref: reference,
  figure,
  highlight,
  details: async (call) => {
    const body = await call.inner('markdown');
    return { kind: 'block', text: details(call.param('summary') ?? 'Details', body, call.param('open') === 'true', call.env.eol), plain: body, separate: true };
  },
  param: (call) => {
    const key = call.param(0, 'name') ?? '';
    const value = lookupParam(call.env.page, `params.${key}`) ?? lookupParam(call.env.page, key) ?? lookupParam(call.env.site.params, key);
    if (value === undefined || typeof value === 'object') call.env.problem(call.node.start, { code: 'toolchain/unconverted', construct: call.construct, message: `${call.construct} names the param "${key}", which neither the page nor the site sets: it is left out` });
    return { kind: 'inline', text: value === undefined || typeof value === 'object' ? '' : String(value) };
  },
  comment: () => ({ kind: 'inline', text: '' }),
  youtube: embedded('YouTube video', (call) => call.param('id', 0), (id) => `https://www.youtube.com/watch?v=${id}`),
  vimeo: embedded('Vimeo video', (call) => call.param('id', 0), (id) => `https://vimeo.com/${id}`),
  gist: embedded('GitHub gist', (call) => [call.param('user', 0), call.param('id', 1)].every(Boolean) ? `${call.param('user', 0)}/${call.param('id', 1)}` : undefined, (id) => `https://gist.github.com/${id}`),
  x: embedded('post on X', socialPost, (id) => `https://x.com/${id}`),
  tweet: embedded('post on X', socialPost, (id) => `https://x.com/${id}`),
  twitter: embedded('post on X', socialPost, (id) => `https://x.com/${id}`),
  instagram: embedded('Instagram post', (call) => call.param('id', 0), (id) => `https://www.instagram.com/p/${id}/`),
  tabs: tabSet,
  tabpane: tabSet,
  alert: boxed((call) => call.param('color', 'type', 0) ?? 'primary', (call) => call.param('title')),
  pageinfo: boxed((call) => call.param('color') ?? 'info', () => undefined),
  notice: boxed((call) => call.param(0, 'style') ?? 'note', (call) => call.param(1, 'title')),
  hint: boxed((call) => call.param(0, 'type') ?? 'info', (call) => call.param('title')),
  callout: boxed((call) => call.param('type', 'context', 0) ?? 'note', (call) => call.param('title')),
  ...Object.fromEntries(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important'].map((name) => [name, boxed(() => name, (call) => call.param('title', 0))])),
};

/** `ref`/`relref`: the page's file as a relative link (the transform makes it a site link). */
function reference(call: ShortcodeCall): ShortcodeOutput {
  const target = call.param('path', 0) ?? '';
  const hash = target.indexOf('#');
  const [path, anchor] = hash === -1 ? [target, ''] : [target.slice(0, hash), target.slice(hash)];
  if (path === '') return { kind: 'inline', text: anchor };
  const found = call.env.tree.resolveRef(call.env.path, path);
  if (!found) {
    call.env.problem(call.node.start, { code: 'toolchain/unresolved-reference', construct: call.construct, message: `${call.construct} names "${target}", which is no page of the site: the link keeps the name as written` });
    return { kind: 'inline', text: target };
  }
  const relative = found === call.env.path ? '' : posix.relative(posix.dirname(call.env.path), found);
  return { kind: 'inline', text: `${encodeURI(relative)}${anchor}` };
}

function figure(call: ShortcodeCall): ShortcodeOutput {
  const src = call.param('src') ?? '';
  const title = call.param('title');
  const caption = [title ? `**${title}**` : '', call.param('caption') ?? ''].filter(Boolean).join(' ');
  const image = `![${(call.param('alt') ?? '').replace(/[\\[\]]/g, '\\$&')}](${formatDestination(src, false)}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
  const link = call.param('link');
  const linked = link ? `[${image}](${formatDestination(link, false)})` : image;
  const eol = call.env.eol;
  return { kind: 'block', text: caption ? `${linked}${eol}${eol}${caption}` : linked, plain: src, separate: true };
}

async function highlight(call: ShortcodeCall): Promise<ShortcodeOutput> {
  const code = await call.inner('code');
  const meta = codeMeta(parseCodeOptions(call.param(1, 'options') ?? ''));
  const language = [call.param(0, 'lang') ?? '', meta].filter(Boolean).join(' ');
  return { kind: 'block', text: codeBlock(code, language, call.env.eol), plain: code, separate: false };
}

/** An embedded player or post the site cannot embed: a link to it, reported. */
function embedded(what: string, id: (call: ShortcodeCall) => string | undefined, url: (id: string) => string): ShortcodeHandler {
  return (call) => {
    const found = id(call);
    if (!found) {
      call.env.problem(call.node.start, { code: 'toolchain/unconverted', construct: call.construct, message: `${call.construct} does not say which ${what} to show: it is left out` });
      return { kind: 'inline', text: '' };
    }
    call.env.problem(call.node.start, { severity: 'info', code: 'toolchain/simplified', construct: call.construct, message: `the embedded ${what} is shown as a link to it` });
    const label = call.param('title') ?? `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
    return { kind: 'inline', text: call.inCode ? url(found) : `[${label.replace(/[\\[\]]/g, '\\$&')}](${url(found)})` };
  };
}

function socialPost(call: ShortcodeCall): string | undefined {
  const user = call.param('user');
  const id = call.param('id', 0);
  return user && id ? `${user}/status/${id}` : id ? `i/status/${id}` : undefined;
}

/** An admonition-like box: its type (a color or type name, mapped to the site's) and title. */
function boxed(type: (call: ShortcodeCall) => string, title: (call: ShortcodeCall) => string | undefined): ShortcodeHandler {
  return async (call) => {
    const body = await call.inner('markdown');
    return { kind: 'block', text: admonition(admonitionType(type(call)), title(call), body, call.env.eol), plain: body, separate: true };
  };
}

/**
 * `tabs`/`tabpane` holding `tab` shortcodes: the site's tabs. Labels come from the tab (`header`, `title`,
 * `name`, `label`, first parameter) or the set's `items` list. Docsy's tab panes hold code unless `text=true`.
 */
async function tabSet(call: ShortcodeCall): Promise<ShortcodeOutput> {
  const children = call.node.children.filter((child): child is Shortcode => child.kind === 'shortcode' && child.name === 'tab');
  if (children.length === 0) {
    call.env.problem(call.node.start, { code: 'toolchain/unconverted', construct: call.construct, message: `${call.construct} holds no tab shortcodes: its content is shown as written` });
    return { kind: 'inline', text: await call.inner('text') };
  }
  const items = (call.param('items') ?? '').split(',').map((item) => item.trim());
  const entries = await Promise.all(children.map(async (child, i) => {
    const tab = call.child(child);
    const label = tab.param('header', 'title', 'name', 'label', 0) ?? (items[i] || `Tab ${i + 1}`);
    const text = tab.param('text') ?? call.param('text');
    const language = tab.param('lang') ?? call.param('lang') ?? (call.param('langEqualsHeader') === 'true' ? label : undefined);
    const isCode = text !== 'true' && (language !== undefined || (call.node.name === 'tabpane' && !child.markdown));
    const body = isCode ? codeBlock(await tab.inner('code'), language ?? '', call.env.eol) : await tab.inner('markdown');
    return { label, body };
  }));
  return { kind: 'block', text: tabs(entries, call.env.eol), plain: entries.map((entry) => entry.body).join(call.env.eol), separate: true };
}
