import { posix } from 'node:path';
import type { Link, List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import { safeDecode, splitUrl } from '../../markdown/resolve-upstream-path.js';
import type { NavItem, NavTree, ToolchainProblem } from '../types.js';

/**
 * A book's SUMMARY.md as navigation: prefix chapters (links before the first list), numbered chapters (nested
 * lists: a chapter with sub-chapters is a section it opens), part titles (`# Part` between lists: sections),
 * suffix chapters; separators are left out and so are draft chapters (`[Draft]()`: no file, no page).
 * Labels are the links' texts. A chapter naming a file that is not there is a problem.
 */
export function readSummary(path: string, text: string, paths: ReadonlySet<string>): { nav: NavTree; problems: ToolchainProblem[] } {
  const problems: ToolchainProblem[] = [];
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const items: NavItem[] = [];
  let part: Extract<NavItem, { kind: 'section' }> | undefined;
  let titleSeen = false;

  const chapter = (link: Link, children: NavItem[]): NavItem[] => {
    const label = toString(link).trim();
    const target = link.url === '' ? undefined : posix.join(dir, safeDecode(splitUrl(link.url.trim()).pathPart));
    if (target !== undefined && !paths.has(target)) {
      problems.push({
        severity: 'warning',
        code: 'toolchain/nav-missing-file',
        construct: 'SUMMARY.md chapter',
        message: `SUMMARY.md lists "${label}" as ${link.url}, which is not in the repository: the chapter has no page`,
        file: path,
        ...(link.position ? { line: link.position.start.line, column: link.position.start.column } : {}),
      });
    }
    const page = target !== undefined && paths.has(target) ? target : undefined;
    if (children.length > 0) return [{ kind: 'section', label, ...(page ? { path: page } : {}), items: children }];
    return page ? [{ kind: 'page', path: page, label }] : [];
  };

  const fromList = (list: List): NavItem[] => list.children.flatMap((item: ListItem) => {
    const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
    const link = paragraph?.children.find((child): child is Link => child.type === 'link');
    const children = item.children.filter((child): child is List => child.type === 'list').flatMap(fromList);
    if (link) return chapter(link, children);
    return children.length > 0 && paragraph ? [{ kind: 'section', label: toString(paragraph).trim(), items: children }] : children;
  });

  for (const node of parseMarkdown(text).children as RootContent[]) {
    if (node.type === 'heading') {
      if (!titleSeen && items.length === 0) titleSeen = true;
      else {
        part = { kind: 'section', label: toString(node).trim(), items: [] };
        items.push(part);
      }
    } else if (node.type === 'list') {
      (part?.items ?? items).push(...fromList(node));
    } else if (node.type === 'paragraph') {
      // prefix and suffix chapters: links outside the lists
      items.push(...node.children.filter((child): child is Link => child.type === 'link').flatMap((link) => chapter(link, [])));
    }
  }
  return { nav: { file: path, items }, problems };
}
