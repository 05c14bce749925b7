/**
 * Whether a page built from a generated doc shows what it must: each oddity visible as text or reported at its
 * line, each marker word visible, and nothing from the doc run as a script.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { GeneratedDoc } from './generated-docs.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A problem the sync reported for the doc (only its line matters here). */
export interface ReportedLine {
  line?: number | null;
}

export interface BuiltDoc {
  /** The page's HTML: the doc's content (a fragment) or a whole page of the site. */
  html: string;
  /** The page as the sync wrote it (for its front matter). */
  written: string;
  reported: readonly ReportedLine[];
}

/** What a reader sees of the doc's content: its text and image alt texts, with markdown punctuation and spaces dropped. */
export function visibleText(html: string): string {
  const whole = /<html[\s>]/i.test(html);
  const root = whole ? findContent(parse(html)) : parseFragment(html);
  const parts: string[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
      if (!('tagName' in node) || ['script', 'style', 'template'].includes(node.tagName)) continue;
      const alt = node.attrs.find((attr) => attr.name === 'alt');
      if (alt) parts.push(alt.value);
      walk(node.childNodes);
    }
  };
  walk(root.childNodes);
  return normalise(parts.join(' '));
}

/** The doc's content in a built page of the site (Docusaurus' markdown container). */
function findContent(document: ParentNode): ParentNode {
  const stack: ParentNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('attrs' in node && node.attrs.some((attr) => attr.name === 'class' && attr.value.split(' ').includes('theme-doc-markdown'))) return node;
    for (const child of node.childNodes) if ('childNodes' in child) stack.push(child as ParentNode);
  }
  throw new Error('the page has no doc content (.theme-doc-markdown)');
}

/** Script elements whose code came from a doc (its marker `SCS_PWNED`). */
export function runnableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([^<]*)<\/script>/gi)].map((match) => match[1]!).filter((code) => code.includes('SCS_PWNED'));
}

function normalise(text: string): string {
  return text.replace(/[\s*_~`\\]/g, '');
}

/** Everything the page fails to show, one line each (empty: it shows all). */
export function findMissing(doc: GeneratedDoc, built: BuiltDoc): string[] {
  const text = visibleText(built.html);
  const reportedAt = (line: number, lines = 1) => built.reported.some((problem) => typeof problem.line === 'number' && problem.line >= line && problem.line < line + lines);
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(built.written)?.[1] ?? '';
  const missing: string[] = [];
  for (const oddity of doc.oddities) {
    if (reportedAt(oddity.line, oddity.lines)) continue;
    if (oddity.frontMatterKey !== undefined) {
      if (!new RegExp(`^${oddity.frontMatterKey}:`, 'm').test(frontMatter)) missing.push(`line ${oddity.line}: ${oddity.name}: neither kept in the front matter nor reported`);
      continue;
    }
    for (const alternatives of oddity.visible) {
      if (!alternatives.some((alternative) => text.includes(normalise(alternative)))) {
        missing.push(`line ${oddity.line}: ${oddity.name}: ${JSON.stringify(alternatives[0]!.slice(0, 80))} neither visible nor reported`);
      }
    }
  }
  for (const marker of doc.markers) {
    if (!text.includes(marker.word) && !reportedAt(marker.line)) missing.push(`line ${marker.line}: the text ${marker.word} is gone and nothing was reported`);
  }
  missing.push(...runnableScripts(built.html).map((code) => `a script from the doc runs: ${code.slice(0, 80)}`));
  return missing;
}
