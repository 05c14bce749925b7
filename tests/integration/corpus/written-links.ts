import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import { computeRoute } from '../../../src/link-index/index.js';
import { parseMarkdown } from '../../../src/markdown/index.js';

export interface DanglingLink {
  page: string;
  url: string;
  line: number;
}

export function listWrittenDocs(contentDir: string): string[] {
  const docs: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) docs.push(relative(contentDir, path).split('\\').join('/'));
    }
  };
  walk(contentDir);
  return docs.sort();
}

/**
 * Internal links of the written tree that lead nowhere: relative file links whose file is missing, and
 * site paths (`/section/...`) that no written page serves. External links are not checked.
 */
export function findDanglingLinks(contentDir: string): DanglingLink[] {
  const docs = listWrittenDocs(contentDir);
  const routes = new Set(docs.map((doc) => computeRoute(doc)?.replace(/\/$/, '')));
  const dangling: DanglingLink[] = [];
  for (const doc of docs) {
    const tree = parseMarkdown(readFileSync(join(contentDir, doc), 'utf8'));
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const url = (node as { url: string }).url;
      const line = node.position?.start.line ?? 0;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url === '') return;
      const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
      if (path.startsWith('/')) {
        if (!routes.has(path.replace(/\/$/, '')) && !existsSync(join(contentDir, '..', 'static', path))) dangling.push({ page: doc, url, line });
        return;
      }
      if (!existsSync(join(contentDir, posix.join(posix.dirname(doc), path)))) dangling.push({ page: doc, url, line });
    });
  }
  return dangling;
}
