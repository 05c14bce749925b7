/**
 * Where a doc page's Markdown twin is served: its URL plus `.md` (`/docs/a/b` → `/docs/a/b.md`); a URL ending
 * in `/` loses the slash first (`/docs/` → `/docs.md`). Used by the build (to write the twins) and by the
 * page (to link and copy them), so both always agree.
 */
export function toTwinPath(permalink: string): string {
  const path = permalink.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return `${path === '' ? '/index' : path}.md`;
}
