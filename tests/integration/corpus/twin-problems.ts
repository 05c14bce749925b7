/** The Markdown twin (src/site/markdown-twins) of every page of a synced tree, checked against its markdown. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMarkdown } from '../../../src/markdown/parse-markdown.js';
import { readFrontMatter } from '../../../src/markdown/read-front-matter.js';
import type { SyncReport } from '../../../src/report/types.js';
import { convertToTwin } from '../../../src/site/markdown-twins/convert-to-twin.js';
import { titleFromHeadings } from '../../../src/transform/site-front-matter.js';
import { listTwinProblems, outlineMarkdown } from '../../helpers/markdown-twin-checks.js';

const PROJECT = resolve(import.meta.dirname, '..', '..', '..');

/** Every page's twin problems, as `file: problem`; pages come from the report (each markdown file with its route). */
export function twinProblemsOfTree(contentDir: string, report: SyncReport): string[] {
  const pages = report.sources.flatMap((source) => source.files).filter((file) => /\.mdx?$/.test(file.to) && file.route !== undefined);
  const permalinks = new Map(pages.map((file) => [resolve(PROJECT, file.to), file.route!]));
  const site = { url: 'https://docs.scs.community', contentDir, findPermalink: (file: string) => permalinks.get(file) };
  return pages.flatMap((file) => {
    const path = resolve(PROJECT, file.to);
    const text = readFileSync(path, 'utf8');
    const frontMatter = readFrontMatter(text);
    const data = frontMatter.kind === 'ok' ? frontMatter.data : {};
    const tree = parseMarkdown(text);
    const title = typeof data.title === 'string' ? data.title : (titleFromHeadings(tree) ?? 'Page');
    try {
      const twin = convertToTwin(text, { permalink: file.route!, title, description: '', file: path, frontMatter: data }, site);
      return listTwinProblems(`---\n${twin.frontMatter}---\n\n${twin.body}`, outlineMarkdown(tree)).map((problem) => `${file.to}: ${problem}`);
    } catch (error) {
      return [`${file.to}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}
