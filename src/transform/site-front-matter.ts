import type { Root } from 'mdast';
import { stripCredentials } from '../diagnostics/redact.js';
import { webEditUrl } from '../manifest/repo-url.js';
import { repoRelativePath } from '../link-index/link-types.js';
import { readHeadingId } from '../markdown/heading-id.js';
import type { TransformInput } from './types.js';

/** What Docusaurus should show for a doc that upstream front matter does not (and may not) say. */
export interface SiteFrontMatter {
  custom_edit_url?: string;
  last_update?: { date?: string; author: string };
  source: { id: string; repo?: string; path: string; commit?: string };
}

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
