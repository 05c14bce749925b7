import GithubSlugger from 'github-slugger';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { parseRepoUrl, webFileUrl } from '../manifest/repo-url.js';
import { readHeadingId } from '../markdown/heading-id.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { readFrontMatter, type FrontMatterData } from '../markdown/read-front-matter.js';
import { SITE_OWNED_KEYS } from '../transform/site-front-matter.js';
import type { PageProblem } from './types.js';

/** The heading of the notice, and the sentence readers and tests look for. */
export const QUARANTINE_SENTENCE = 'This page could not be built';

export interface QuarantineInput {
  /** The page as the sync would have written it (its front matter says where it comes from). */
  text: string;
  problem: PageProblem;
  /** The line of the upstream file the problem is on, when known. */
  upstreamLine?: number;
  /** Fallback title: the file name. */
  fileName: string;
}

/**
 * The page published instead of one the site cannot build: same place and title, the sentence "This page
 * could not be built", the reason with the upstream file and line, and links to the file upstream. Every
 * section heading of the original stays (with its id), so links to `page#section` elsewhere still land.
 */
export function buildQuarantinePage(input: QuarantineInput): string {
  const original = readFrontMatter(input.text);
  const data = original.kind === 'ok' ? original.data : {};
  const keepAll = original.kind === 'ok' && input.problem.phase !== 'front-matter';
  const tree = parseQuietly(input.text);
  const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title : (firstHeadingText(tree) ?? input.fileName);
  const frontMatter: FrontMatterData = { ...(keepAll ? data : pick(data, SITE_OWNED_KEYS)), title };
  const upstream = upstreamFile(data);
  const body: Root = { type: 'root', children: [notice(input, upstream), ...sections(tree, upstream)] };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${toMarkdown(body, { extensions: [directiveToMarkdown()], bullet: '-' })}`;
}

interface UpstreamFile {
  path: string;
  /** The file at the synced commit on the repository's web UI, when it has one. */
  url?: string;
}

function upstreamFile(data: FrontMatterData): UpstreamFile | undefined {
  const source = data.source as { repo?: unknown; path?: unknown; commit?: unknown } | undefined;
  if (typeof source?.path !== 'string') return undefined;
  const repo = typeof source.repo === 'string' ? parseRepoUrl(source.repo) : undefined;
  const ref = typeof source.commit === 'string' ? source.commit : 'HEAD';
  const url = repo ? webFileUrl(repo, 'blob', ref, source.path) : undefined;
  return { path: source.path, ...(url ? { url } : {}) };
}

function notice(input: QuarantineInput, upstream: UpstreamFile | undefined): RootContent {
  const where: PhrasingContent[] = upstream
    ? [text(' The problem is in '), place(upstream, input.upstreamLine), text('.')]
    : [];
  const reason: PhrasingContent[] = [text(`The site's ${PHASES[input.problem.phase]} stopped on it: `), { type: 'inlineCode', value: input.problem.message }, text('.'), ...where];
  const readUpstream: PhrasingContent[] = upstream?.url
    ? [text('Until it is fixed, read '), link(upstream.url, 'the page in its repository'), text('.')]
    : [text('Until it is fixed, read the page in its repository.')];
  return {
    type: 'containerDirective',
    name: 'danger',
    children: [
      { type: 'paragraph', data: { directiveLabel: true }, children: [text(QUARANTINE_SENTENCE)] },
      { type: 'paragraph', children: reason },
      { type: 'paragraph', children: readUpstream },
    ],
  } as RootContent;
}

const PHASES: Record<PageProblem['phase'], string> = {
  'front-matter': 'front matter check',
  compile: 'markdown compiler',
  render: 'page rendering',
  links: 'link check',
};

function place(upstream: UpstreamFile, line: number | undefined): PhrasingContent {
  const label = line === undefined ? upstream.path : `${upstream.path} line ${line}`;
  if (!upstream.url) return { type: 'inlineCode', value: label };
  const lineUrl = line === undefined ? upstream.url : `${upstream.url}${upstream.url.includes('github.com') ? '?plain=1' : ''}#L${line}`;
  return link(lineUrl, [{ type: 'inlineCode', value: label }]);
}

/** One heading per section of the original, with its id, and where to read that section upstream. */
function sections(tree: Root | undefined, upstream: UpstreamFile | undefined): RootContent[] {
  if (!tree) return [];
  const slugger = new GithubSlugger();
  const blocks: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth === 1) continue;
    const { text: title, explicitId } = readHeadingId(node);
    const id = explicitId ?? slugger.slug(title);
    if (id.includes('}') || title.trim() === '') continue;
    blocks.push({ type: 'heading', depth: Math.min(node.depth, 6) as Heading['depth'], children: [text(`${title.trim()} {#${id}}`)] });
    if (upstream?.url) blocks.push({ type: 'paragraph', children: [link(`${upstream.url}#${encodeURIComponent(id)}`, 'Read this section in the repository'), text('.')] });
  }
  return blocks;
}

function firstHeadingText(tree: Root | undefined): string | undefined {
  const heading = tree?.children.find((node): node is Heading => node.type === 'heading');
  const title = heading ? readHeadingId(heading).text.trim() : '';
  return title === '' ? undefined : title;
}

/** The page that could not be built may be one the parser cannot take either (nesting too deep). */
function parseQuietly(text: string): Root | undefined {
  try {
    return parseMarkdown(text);
  } catch {
    return undefined;
  }
}

function pick(data: FrontMatterData, keys: readonly string[]): FrontMatterData {
  return Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function link(url: string, label: string | PhrasingContent[]): PhrasingContent {
  return { type: 'link', url, children: typeof label === 'string' ? [text(label)] : label };
}
