import { stringify } from 'yaml';
import { stripCredentials } from '../../diagnostics/redact.js';
import type { TwinPage, TwinSite } from './twin-types.js';

/**
 * The twin's front matter: an allow-list of what a reader (or a tool) wants to know about the page — its title
 * and description, its address, where it comes from upstream and when it last changed there. Everything else
 * the page's front matter holds (sidebar keys, edit URL, ids, the sync's source id) is the site's business.
 */
export function formatTwinFrontMatter(page: TwinPage, site: TwinSite): string {
  const source = readMapping(page.frontMatter.source);
  const lastUpdate = readMapping(page.frontMatter.last_update);
  const data = {
    title: page.title,
    ...(page.description ? { description: page.description } : {}),
    url: `${site.url}${page.permalink}`,
    ...pick('source', {
      repo: typeof source.repo === 'string' ? stripCredentials(source.repo) : undefined,
      path: source.path,
      commit: source.commit,
    }),
    ...pick('last_update', { date: lastUpdate.date, author: lastUpdate.author }),
  };
  return stringify(data, { lineWidth: 0 });
}

function readMapping(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `{ key: {…} }` with the text (or date) values of `fields`, or nothing when there is none. */
function pick(key: string, fields: Record<string, unknown>): Record<string, Record<string, string>> {
  const kept = Object.fromEntries(
    Object.entries(fields)
      .map(([name, value]) => [name, value instanceof Date ? value.toISOString() : value] as const)
      .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string'),
  );
  return Object.keys(kept).length > 0 ? { [key]: kept } : {};
}
