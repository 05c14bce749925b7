import type { BuildFolder } from '../../../../src/site/site-checks/resolve-url-path.js';

/** A build folder in memory: file path (relative, POSIX) → text. */
export function fakeBuild(files: Record<string, string>): BuildFolder {
  return { files: new Set(Object.keys(files)), read: (file) => files[file] };
}

/** A client-redirect page as `@docusaurus/plugin-client-redirects` writes it. */
export function redirectPage(to: string): string {
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=${to}">
    <link rel="canonical" href="${to}" /></head><script>window.location.href = '${to}';</script></html>`;
}

/** A doc page with Docusaurus' head and footer: the edit link and the last-updated line are optional. */
export function docPage(options: { editUrl?: string; lastUpdated?: string; title?: string } = {}): string {
  const edit = options.editUrl
    ? `<div class="col"><a href=${options.editUrl} target=_blank rel="noopener noreferrer" class=theme-edit-this-page>Edit this page</a></div>`
    : '';
  const updated = options.lastUpdated
    ? `<div class="col"><span class=theme-last-updated>Last updated<!-- --> on <b><time datetime=${options.lastUpdated} itemprop=dateModified>Jan 2, 2026</time></b></span></div>`
    : '';
  const head = `<head><title>${options.title ?? 'Page'} | Sovereign Cloud Stack</title><meta name="description" content="Text."><meta property="og:image" content="https://docs.scs.community/img/social-card.png"></head>`;
  return `<!doctype html><html>${head}<body><article><h1>Page</h1><p>Text.</p></article>
    <footer class="theme-doc-footer"><div class="row">${edit}${updated}</div></footer></body></html>`;
}
