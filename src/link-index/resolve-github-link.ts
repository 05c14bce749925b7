import { parseWebFileUrl } from '../manifest/repo-url.js';
import { safeDecode, splitUrl } from '../markdown/resolve-upstream-path.js';
import { findImported, linkToImported } from './link-to-imported.js';
import type { LinkContext, LinkRequest, LinkResolution } from './link-types.js';
import type { IndexedFile } from './types.js';

/** Names that always mean "the default branch" in a GitHub URL. */
const DEFAULT_BRANCH_ALIASES = new Set(['HEAD']);

/**
 * An absolute `https://github.com/OWNER/REPO/(blob|tree)/REF/PATH` (or raw.githubusercontent.com) URL of a file
 * the site imports, at a ref the importing source was synced from (its branch, ref, commit or `HEAD`), becomes
 * an internal link. Undefined when the URL is not such a link (the caller keeps it).
 */
export function resolveGithubLink(context: LinkContext, request: LinkRequest): LinkResolution | undefined {
  const parsed = parseWebFileUrl(request.url.trim());
  if (!parsed) return undefined;
  const target = findImported(context.index, parsed.key, parsed.path.replace(/\/+$/, ''), context);
  if (!target || !servesRef(target, parsed.ref)) return undefined;
  const { query } = splitUrl(request.url.trim());
  const fragment = parsed.fragment === undefined ? undefined : safeDecode(parsed.fragment);
  return linkToImported(context, request, target, { ...(query !== undefined ? { query } : {}), ...(fragment !== undefined ? { fragment } : {}) });
}

function servesRef(target: IndexedFile, ref: string): boolean {
  if (DEFAULT_BRANCH_ALIASES.has(ref)) return true;
  return (target.refs ?? []).some((known) => known === ref || (/^[0-9a-f]{7,39}$/i.test(ref) && known.toLowerCase().startsWith(ref.toLowerCase())));
}
