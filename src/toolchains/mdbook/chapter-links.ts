import { posix } from 'node:path';
import { classifyUrl } from '../../markdown/classify-url.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import type { RewriteUrl } from '../shared/rewrite-destinations.js';

/**
 * mdbook renders `chapter.md` as `chapter.html` (a `README.md` as `index.html`), and authors link either: a
 * relative `.html` link to a chapter whose `.md` exists becomes a link to the `.md` file.
 */
export function chapterLinkRewriter(docPath: string, paths: ReadonlySet<string>): RewriteUrl {
  const dir = posix.dirname(docPath);
  return (url) => {
    if (classifyUrl(url) !== 'relative') return undefined;
    const { pathPart, query, fragment } = splitUrl(url.trim());
    if (!/\.html$/i.test(pathPart)) return undefined;
    const stem = pathPart.replace(/\.html$/i, '');
    const candidates = [`${stem}.md`, ...(/(^|\/)index$/.test(stem) ? [stem.replace(/index$/, 'README.md')] : [])];
    const found = candidates.find((candidate) => paths.has(posix.join(dir, safeDecode(candidate))));
    if (found === undefined) return undefined;
    return `${found}${query !== undefined ? `?${query}` : ''}${fragment !== undefined ? `#${fragment}` : ''}`;
  };
}
