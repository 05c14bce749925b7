import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { stripCredentials } from '../diagnostics/redact.js';
import { webEditUrl } from '../manifest/repo-url.js';
import { repoRelativePath } from '../link-index/link-types.js';
import { readHeadingId } from '../markdown/heading-id.js';
import { HEAD_TITLE_KEY } from '../page-titles/head-title-key.js';
import type { TransformInput } from './types.js';

/** What Docusaurus should show for a doc that upstream front matter does not (and may not) say. */
export interface SiteFrontMatter {
  custom_edit_url?: string;
  last_update?: { date?: string; author: string };
  source: { id: string; repo?: string; path: string; commit?: string };
}

/** Keys the site sets on every page from the repository; upstream values are replaced. */
export const SITE_OWNED_KEYS = ['custom_edit_url', 'last_update', 'source', HEAD_TITLE_KEY] as const;

/** Author shown for files taken from a working tree: there is no commit to name. */
export const UNCOMMITTED_AUTHOR = 'uncommitted changes';

export function siteFrontMatter(input: TransformInput): SiteFrontMatter {
  const { source, doc } = input;
  const path = repoRelativePath(source, doc.from);
  const editUrl = source.repo && source.branch ? webEditUrl(source.repo, source.branch, path) : undefined;
  const repo = source.repo?.web ?? (source.repoUrl ? stripCredentials(source.repoUrl) : source.repo?.key);
  const lastUpdate = lastUpdateOf(input);
  return {
    ...(editUrl ? { custom_edit_url: editUrl } : {}),
    ...(lastUpdate ? { last_update: lastUpdate } : {}),
    source: { id: source.id, ...(repo ? { repo } : {}), path, ...(source.commit ? { commit: source.commit } : {}) },
  };
}

function lastUpdateOf(input: TransformInput): SiteFrontMatter['last_update'] {
  const history = input.history ?? input.doc.history;
  if (!history) return undefined;
  if (history.kind === 'uncommitted') return { author: UNCOMMITTED_AUTHOR };
  const date = new Date(history.date);
  return { ...(Number.isNaN(date.getTime()) ? {} : { date: date.toISOString() }), author: history.author };
}

/** The text of the doc's first level-1 heading, else of its first heading (explicit `{#id}` removed). */
export function titleFromHeadings(tree: Root): string | undefined {
  const headings = tree.children.filter((node) => node.type === 'heading');
  const heading = headings.find((node) => node.depth === 1) ?? headings[0];
  const title = heading ? readHeadingId(heading).text.trim() : '';
  return title === '' ? undefined : title;
}

/** What happens to one upstream front matter key: kept, kept as text (a YAML number where text is meant), or dropped. */
export type KeyReview = { action: 'keep' } | { action: 'stringify' } | { action: 'drop'; reason: string };

type Check = (value: unknown) => boolean;

const isText: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isHeadingLevel: Check = (v) => isNumber(v) && (v as number) >= 2 && (v as number) <= 6;
const isTextList: Check = (v) => Array.isArray(v) && v.every(isText);
const isTagList: Check = (v) => Array.isArray(v) && v.every((t) => isText(t) || (isMapping(t) && isText(t.label)));
const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Docusaurus doc front matter keys an upstream may set, with the type Docusaurus accepts (others fail the build). */
const UPSTREAM_KEYS: Record<string, { check: Check; type: string }> = {
  id: { check: (v) => isText(v) && !(v as string).includes('/'), type: 'text without "/"' },
  slug: { check: isText, type: 'text' },
  title: { check: isText, type: 'text' },
  description: { check: isText, type: 'text' },
  image: { check: isText, type: 'text (a URL)' },
  sidebar_label: { check: isText, type: 'text' },
  sidebar_key: { check: isText, type: 'text' },
  sidebar_class_name: { check: isText, type: 'text' },
  pagination_label: { check: isText, type: 'text' },
  sidebar_position: { check: isNumber, type: 'a number' },
  hide_title: { check: isBoolean, type: 'true or false' },
  hide_table_of_contents: { check: isBoolean, type: 'true or false' },
  parse_number_prefixes: { check: isBoolean, type: 'true or false' },
  draft: { check: isBoolean, type: 'true or false' },
  unlisted: { check: isBoolean, type: 'true or false' },
  toc_min_heading_level: { check: isHeadingLevel, type: 'a number from 2 to 6' },
  toc_max_heading_level: { check: isHeadingLevel, type: 'a number from 2 to 6' },
  keywords: { check: isTextList, type: 'a list of text' },
  tags: { check: isTagList, type: 'a list of tags' },
  sidebar_custom_props: { check: isMapping, type: 'a mapping' },
};

/** Keys that name pages and sidebars of the site's layout, which an upstream cannot know (a wrong one fails the build). */
const LAYOUT_KEYS = new Set(['pagination_next', 'pagination_prev', 'displayed_sidebar']);

/**
 * The front matter policy for one upstream key (site-owned keys are handled by the caller): keys Docusaurus
 * would reject are dropped, and `mdx` (`mdx: {format: mdx}` compiles the page as MDX, code that runs at build
 * time) is dropped unless the source is trusted. Unknown keys are kept: Docusaurus ignores them.
 */
export function reviewUpstreamKey(key: string, value: unknown, trusted: boolean): KeyReview {
  if (key === 'mdx' && !trusted) {
    return { action: 'drop', reason: 'would compile the page as MDX (code that runs at build time), which only a trusted source may do' };
  }
  if (LAYOUT_KEYS.has(key) && value !== null) {
    return { action: 'drop', reason: "names a page or sidebar of the site's layout, which the upstream repository cannot know" };
  }
  const rule = UPSTREAM_KEYS[key];
  if (!rule || rule.check(value)) return { action: 'keep' };
  if (rule.type.startsWith('text') && (typeof value === 'number' || typeof value === 'boolean')) return { action: 'stringify' };
  if (value === null) return { action: 'drop', reason: 'is empty' };
  return { action: 'drop', reason: `must be ${rule.type}` };
}

interface JoiSchema {
  validate(value: unknown, options: Record<string, unknown>): { error?: { details: { message: string; path: (string | number)[]; type: string }[] } };
}

let docFrontMatterSchema: JoiSchema | undefined;

/**
 * The keys of an upstream front matter that Docusaurus' own validation of doc front matter refuses (an empty
 * `sidebar_label`, a `tags` entry without `permalink`, an `image` that is no URL, `toc_min_heading_level` above
 * `toc_max_heading_level`, `draft` with `unlisted`, …), each with Docusaurus' reason. A refused key fails the page.
 */
export function keysDocusaurusRefuses(data: Readonly<Record<string, unknown>>): Map<string, string> {
  docFrontMatterSchema ??= (createRequire(import.meta.url)('@docusaurus/plugin-content-docs/lib/frontMatter.js') as { DocFrontMatterSchema: JoiSchema }).DocFrontMatterSchema;
  // the options of Docusaurus' validateFrontMatter
  const { error } = docFrontMatterSchema.validate(data, { convert: true, allowUnknown: true, abortEarly: false });
  const refused = new Map<string, string>();
  for (const detail of error?.details ?? []) {
    const key = detail.path.length > 0 ? String(detail.path[0]) : detail.type === 'frontMatter.draftAndUnlistedError' ? 'unlisted' : undefined;
    if (key !== undefined && !refused.has(key)) refused.set(key, detail.message);
  }
  return refused;
}
